using Backlot.Screenplay.Breakdown;

namespace Backlot.Screenplay.ShotPlanning;

/// <summary>A scene's breakdown and the coverage the planner proposes for it.</summary>
public sealed record ScenePlan(ParsedScene Scene, SceneBreakdown Breakdown, bool NewLocation, IReadOnlyList<PlannedShot> Shots);
