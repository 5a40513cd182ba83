namespace Backlot.Screenplay.Pages;

/// <summary>
/// One printed line. <see cref="Kind"/> is what it prints as; <see cref="Role"/> is the kind of paragraph it
/// belongs to, which the break rules look at: the "(MORE)" and repeated-cue lines a split adds print as a
/// parenthetical and a cue but belong to the speech, so a speech can split again on the next page.
/// The text is a range of its paragraph's text, made a string only when asked for: measuring a script needs the
/// lines' lengths, not their text.
/// </summary>
internal sealed class PageLine
{
    private readonly string _source;
    private readonly int _start;
    private readonly int _length;

    /// <param name="kind">What the line prints as.</param>
    /// <param name="role">The paragraph's kind, for the break rules.</param>
    /// <param name="text">The line's text; empty for blank lines and page breaks.</param>
    /// <param name="scene">0-based index of the scene the line belongs to (lines before the first heading count as scene 0).</param>
    /// <param name="indexInParagraph">0-based position among the wrapped lines of its source line.</param>
    /// <param name="paragraphLines">How many lines its source line wrapped into.</param>
    public PageLine(LineKind kind, LineKind role, string text, int scene, int indexInParagraph = 0, int paragraphLines = 1)
        : this(kind, role, text, 0, text.Length, scene, indexInParagraph, paragraphLines)
    {
    }

    /// <summary>A line whose text is <paramref name="length"/> characters of <paramref name="source"/> from <paramref name="start"/>.</summary>
    public PageLine(LineKind kind, LineKind role, string source, int start, int length, int scene, int indexInParagraph, int paragraphLines)
    {
        Kind = kind;
        Role = role;
        _source = source;
        _start = start;
        _length = length;
        Scene = scene;
        IndexInParagraph = indexInParagraph;
        ParagraphLines = paragraphLines;
    }

    public LineKind Kind { get; }

    public LineKind Role { get; }

    public string Text => _start == 0 && _length == _source.Length ? _source : _source.Substring(_start, _length);

    public int Scene { get; }

    public int IndexInParagraph { get; }

    public int ParagraphLines { get; }

    public bool IsEmpty => _length == 0;

    public bool IsSpeech => Role is LineKind.Character or LineKind.Parenthetical or LineKind.Dialogue;
}
