namespace Backlot.Screenplay;

/// <summary>
/// One paragraph of a scene. <paramref name="Text"/> is as written (emphasis markers and escapes kept, notes and
/// boneyard removed, indentation trimmed, forcing characters such as '!' '~' '&gt;' removed); consecutive lines of
/// one paragraph are joined with '\n'. <see cref="PlainText"/> is the same without emphasis markers and escapes.
/// </summary>
/// <param name="Kind">What the paragraph is.</param>
/// <param name="Text">The paragraph's text.</param>
/// <param name="SourceLine">1-based line of the paragraph's first line in the source file.</param>
/// <param name="Character">Canonical speaker name for Character, Dialogue, Parenthetical and sung Lyrics; otherwise null.</param>
public sealed record ScriptElement(ElementKind Kind, string Text, int SourceLine, string? Character = null)
{
    /// <summary>For the Character, Parenthetical, Dialogue and Lyrics of a dual-dialogue block: its column.</summary>
    public DualPosition Dual { get; init; }

    /// <summary>Depth of a <see cref="ElementKind.Section"/> (1 for "#", 2 for "##"…); 0 for other kinds.</summary>
    public int Level { get; init; }

    /// <summary>The text with emphasis markers (* ** *** _) and escaping backslashes removed; line breaks kept.</summary>
    public string PlainText => ScriptText.StripEmphasis(Text);
}
