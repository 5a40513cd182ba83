namespace Backlot.Screenplay.Breakdown;

/// <summary>A script broken down: the breakdown sheets, the cast list, the location list and the cast × scene matrix.</summary>
/// <param name="Title">Title page entries in file order, emphasis markers removed.</param>
/// <param name="Pages">The script's page count when a page measure was given; else null.</param>
/// <param name="Scenes">One breakdown sheet per scene, in script order.</param>
/// <param name="Characters">Speaking characters with their dialogue counts and scenes, in order of their first cue.</param>
/// <param name="Locations">Locations in order of first use.</param>
/// <param name="Cast">Cast × scene.</param>
public sealed record BreakdownReport(
    IReadOnlyList<KeyValuePair<string, string>> Title,
    double? Pages,
    IReadOnlyList<SceneBreakdown> Scenes,
    IReadOnlyList<ParsedCharacter> Characters,
    IReadOnlyList<BreakdownLocation> Locations,
    CastMatrix Cast)
{
    /// <summary>Estimated screen time of the whole script.</summary>
    public TimeSpan EstimatedScreenTime => TimeSpan.FromTicks(Scenes.Sum(s => s.EstimatedScreenTime.Ticks));
}
