namespace Backlot.Screenplay.Breakdown;

/// <summary>
/// Page lengths from a page measure, handed to <see cref="ScriptBreakdown.Build"/>. The breakdown does not lay
/// pages out itself; without a measure its page figures stay null.
/// </summary>
/// <param name="Pages">The script's page count.</param>
/// <param name="SceneEighths">Each scene's length in eighths of a page, in script order, one per scene.</param>
public sealed record ScriptPages(double Pages, IReadOnlyList<int> SceneEighths);
