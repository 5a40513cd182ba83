namespace Backlot.Screenplay;

/// <summary>
/// One paragraph of a scene. <paramref name="Text"/> is as written (emphasis markers kept, notes and boneyard
/// removed, indentation trimmed); consecutive lines of one paragraph are joined with '\n'.
/// </summary>
/// <param name="Kind">What the paragraph is.</param>
/// <param name="Text">The paragraph's text.</param>
/// <param name="SourceLine">1-based line of the paragraph's first line in the source file.</param>
/// <param name="Character">Canonical speaker name for Character, Dialogue and Parenthetical; otherwise null.</param>
public sealed record ScriptElement(ElementKind Kind, string Text, int SourceLine, string? Character = null);
