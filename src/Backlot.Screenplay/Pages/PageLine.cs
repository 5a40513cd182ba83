namespace Backlot.Screenplay.Pages;

/// <summary>
/// One printed line. <see cref="Kind"/> is what it prints as; <see cref="Role"/> is the kind of paragraph it
/// belongs to, which the break rules look at: the "(MORE)" and repeated-cue lines a split adds print as a
/// parenthetical and a cue but belong to the speech, so a speech can split again on the next page.
/// </summary>
/// <param name="Kind">What the line prints as.</param>
/// <param name="Role">The paragraph's kind, for the break rules.</param>
/// <param name="Text">The line's text; empty for blank lines and page breaks.</param>
/// <param name="Scene">0-based index of the scene the line belongs to (lines before the first heading count as scene 0).</param>
/// <param name="IndexInParagraph">0-based position among the wrapped lines of its source line.</param>
/// <param name="ParagraphLines">How many lines its source line wrapped into.</param>
internal sealed record PageLine(LineKind Kind, LineKind Role, string Text, int Scene, int IndexInParagraph = 0, int ParagraphLines = 1)
{
    public bool IsEmpty => Text.Length == 0;

    public bool IsSpeech => Role is LineKind.Character or LineKind.Parenthetical or LineKind.Dialogue;
}
