namespace Backlot.Screenplay.Pages;

/// <summary>One line of a laid-out page, as it would print in Courier 12.</summary>
/// <param name="Kind">What it prints as; "(MORE)" prints as a parenthetical, the repeated "NAME (CONT'D)" as a cue.</param>
/// <param name="Text">The text, emphasis markers included; empty for a blank line.</param>
/// <param name="SceneIndex">0-based index into <see cref="ParsedScript.Scenes"/> of the scene the line belongs to.</param>
public sealed record PrintedLine(LineKind Kind, string Text, int SceneIndex);
