using Backlot.Screenplay.Breakdown;

namespace Backlot.Studio.Breakdowns;

/// <summary>A breakdown as `backlot breakdown --format json` and the API show it: title page, pages, scenes, characters, locations.</summary>
public sealed record BreakdownView(
    IReadOnlyDictionary<string, string> Title,
    double? Pages,
    double EstimatedSeconds,
    IReadOnlyList<BreakdownView.Scene> Scenes,
    IReadOnlyList<BreakdownView.Character> Characters,
    IReadOnlyList<BreakdownView.Location> Locations)
{
    public static BreakdownView From(BreakdownReport report)
    {
        // A key written twice on the title page keeps both values, one per line.
        var title = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in report.Title)
            title[key] = title.TryGetValue(key, out var earlier) ? $"{earlier}\n{value}" : value;
        return new BreakdownView(
            title,
            report.Pages,
            report.EstimatedScreenTime.TotalSeconds,
            report.Scenes.Select(s => new Scene(
                s.Number, s.Ordinal, s.Heading, s.IntExt, s.Location, s.TimeOfDay, s.Periods, s.Eighths,
                s.EstimatedScreenTime.TotalSeconds, s.SpeakingCast, s.NonSpeakingCast,
                s.Elements.Select(e => new Element(e.Name, e.Category)).ToList(), s.Synopsis)).ToList(),
            report.Characters.Select(c => new Character(c.Name, c.DialogueCount, c.Scenes)).ToList(),
            report.Locations.Select(l => new Location(l.Location, l.IntExt, l.Scenes)).ToList());
    }

    public sealed record Scene(
        string Number,
        int Ordinal,
        string Heading,
        string IntExt,
        string Location,
        string TimeOfDay,
        IReadOnlyList<string> Periods,
        int? Eighths,
        double EstimatedSeconds,
        IReadOnlyList<string> SpeakingCast,
        IReadOnlyList<string> NonSpeakingCast,
        IReadOnlyList<Element> Elements,
        string Synopsis);

    public sealed record Element(string Name, ElementCategory Category);

    public sealed record Character(string Name, int DialogueCount, IReadOnlyList<string> Scenes);

    public sealed record Location(string Name, IReadOnlyList<string> IntExt, IReadOnlyList<string> Scenes);
}
