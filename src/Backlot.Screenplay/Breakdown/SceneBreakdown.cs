namespace Backlot.Screenplay.Breakdown;

/// <summary>One scene as a breakdown sheet sees it.</summary>
/// <param name="Ordinal">Position in the script, from 1.</param>
/// <param name="Number">Scene number as the script writes it, else the ordinal.</param>
/// <param name="Heading">The heading as written.</param>
/// <param name="IntExt">INT, EXT, INT/EXT, or "" for a forced heading without one.</param>
/// <param name="Location">Normalised location: upper case, spaces collapsed, period and continuity parts removed.</param>
/// <param name="TimeOfDay">DAY, NIGHT, DAWN, DUSK, CONTINUOUS, LATER… (see <see cref="HeadingParts"/>), else the heading's own text, or "".</param>
/// <param name="Periods">Period tags from the heading: "1973", "FLASHBACK"…</param>
/// <param name="SpeakingCast">Canonical names of the characters with a line, in order of their first cue.</param>
/// <param name="NonSpeakingCast">People flagged in capitals in action who have no line in this scene.</param>
/// <param name="Elements">Props, vehicles, sounds and effects flagged in capitals in action, in order of appearance.</param>
/// <param name="EstimatedScreenTime">From the scene's word count (see <see cref="ScreenTime"/>).</param>
/// <param name="Eighths">Length in eighths of a page, when a page measure was given; else null.</param>
/// <param name="Synopsis">The first action paragraph, shortened.</param>
public sealed record SceneBreakdown(
    int Ordinal,
    string Number,
    string Heading,
    string IntExt,
    string Location,
    string TimeOfDay,
    IReadOnlyList<string> Periods,
    IReadOnlyList<string> SpeakingCast,
    IReadOnlyList<string> NonSpeakingCast,
    IReadOnlyList<BreakdownElement> Elements,
    TimeSpan EstimatedScreenTime,
    int? Eighths,
    string Synopsis)
{
    /// <summary>Names of the elements of one category, in order of appearance.</summary>
    public IReadOnlyList<string> ElementsOf(ElementCategory category) =>
        Elements.Where(e => e.Category == category).Select(e => e.Name).ToList();
}
