namespace Backlot.Studio.Shots;

/// <summary>What re-planning one scene did to its shots.</summary>
/// <param name="Added">New shots from the planner.</param>
/// <param name="Removed">Planned shots nobody had touched, replaced by the new plan.</param>
/// <param name="Kept">Shots edited, locked or rendered, left as they were.</param>
public sealed record ReplanResult(int Added, int Removed, int Kept);
