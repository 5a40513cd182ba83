using System.CommandLine;
using Backlot.Interchange.Csv;
using Backlot.Screenplay;
using Backlot.Screenplay.Breakdown;
using Backlot.Screenplay.Pages;
using Backlot.Studio;
using Spectre.Console;

namespace Backlot.Cli.Commands;

/// <summary>`backlot breakdown FILE`: a screenplay's breakdown, straight from the file, no production or data folder needed.</summary>
public static class BreakdownCommand
{
    // Import's default limit (StudioOptions.MaxScriptBytes), without resolving a data folder or database that
    // a breakdown does not use.
    private const long MaxScriptBytes = 4 * 1024 * 1024;

    // The page measure (US Letter, Courier 12): pages for the script and eighths per scene, in script order.
    internal static ScriptPages MeasurePages(ParsedScript script)
    {
        var report = PageMeasure.Measure(script);
        return new ScriptPages(report.Pages, [.. report.Scenes.Select(s => s.Eighths)]);
    }

    public static Command Create()
    {
        var format = new Option<string>("--format")
        {
            Description = "table (default), json (one document) or csv (a breakdown sheet, one scene a row).",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var file = new Argument<FileInfo>("FILE") { Description = "A Fountain screenplay (.fountain)." };
        var command = new Command("breakdown", "Break a screenplay down: per scene INT/EXT, location, time of day, cast, props, vehicles, sounds and effects.")
        {
            file, format, CliOutput.Json,
        };
        command.SetAction((parse, ct) => CliErrors.GuardAsync(async () =>
        {
            var script = await ReadAsync(parse.GetRequiredValue(file), MaxScriptBytes, ct);
            var report = ScriptBreakdown.Build(script, MeasurePages(script));
            switch (parse.GetValue(CliOutput.Json) ? "json" : parse.GetValue(format))
            {
                case "json":
                    CliOutput.WriteJson(BreakdownJson.From(report));
                    break;
                case "csv":
                    await using (var stdout = Console.OpenStandardOutput())
                        await stdout.WriteAsync(BreakdownCsv.Write(report.Scenes.Select(Row), utf8Bom: false), ct);
                    break;
                default:
                    WriteTable(report);
                    break;
            }

            return 0;
        }));
        return command;
    }

    /// <summary>Reads and parses a screenplay file; a missing, oversized or unreadable one is an error naming the file.</summary>
    public static async Task<ParsedScript> ReadAsync(FileInfo file, long maxBytes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!file.Exists)
            throw new StudioException(StudioErrorKind.Invalid, $"{file.FullName}: no such file");
        if (file.Length > maxBytes)
            throw new StudioException(StudioErrorKind.Invalid, $"{file.Name}: the file is {file.Length:N0} bytes, over the {maxBytes:N0}-byte limit for a screenplay");
        try
        {
            return ScriptParser.Parse(file.Name, await File.ReadAllBytesAsync(file.FullName, ct));
        }
        catch (ScriptFormatException e)
        {
            throw new StudioException(StudioErrorKind.Invalid, $"{file.Name}: {e.Message}", e);
        }
    }

    private static BreakdownRow Row(SceneBreakdown scene)
    {
        var notes = new List<string>();
        if (scene.Periods.Count > 0)
            notes.Add($"Period: {string.Join(", ", scene.Periods)}");
        if (scene.ElementsOf(ElementCategory.Sound) is { Count: > 0 } sounds)
            notes.Add($"Sound: {string.Join(", ", sounds)}");
        return new BreakdownRow(
            scene.Number, scene.IntExt, scene.Location, scene.TimeOfDay, scene.Eighths ?? 0, scene.Synopsis,
            Cast: scene.SpeakingCast,
            Extras: scene.NonSpeakingCast,
            Props: scene.ElementsOf(ElementCategory.Prop),
            Vehicles: scene.ElementsOf(ElementCategory.Vehicle),
            SpecialEffects: scene.ElementsOf(ElementCategory.Effect),
            Notes: notes.Count > 0 ? string.Join("; ", notes) : null);
    }

    private static void WriteTable(BreakdownReport report)
    {
        var table = new Table().AddColumns("#", "I/E", "Location", "Time", "Cast", "No lines", "Elements", "Est.");
        foreach (var s in report.Scenes)
        {
            table.AddRow(
                Markup.Escape(s.Number), s.IntExt, Markup.Escape(s.Location), Markup.Escape(s.TimeOfDay),
                Markup.Escape(string.Join(", ", s.SpeakingCast)),
                Markup.Escape(string.Join(", ", s.NonSpeakingCast)),
                Markup.Escape(string.Join(", ", s.Elements.Select(e => $"{e.Name} ({e.Category.ToString().ToLowerInvariant()})"))),
                $"{s.EstimatedScreenTime:m\\:ss}");
        }

        AnsiConsole.Write(table);
        CliOutput.Say($"{report.Scenes.Count} scenes, {report.Characters.Count} speaking characters, {report.Locations.Count} locations, about {report.EstimatedScreenTime:h\\:mm\\:ss} of screen time.");
    }

    /// <summary>The document `backlot breakdown --format json` prints (issue 4's contract, plus periods, estimates and locations).</summary>
    private sealed record BreakdownJson(
        IReadOnlyDictionary<string, string> Title,
        double? Pages,
        double EstimatedSeconds,
        IReadOnlyList<BreakdownJson.Scene> Scenes,
        IReadOnlyList<BreakdownJson.Character> Characters,
        IReadOnlyList<BreakdownJson.Location> Locations)
    {
        public static BreakdownJson From(BreakdownReport report)
        {
            // A key written twice on the title page keeps both values, one per line.
            var title = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (key, value) in report.Title)
                title[key] = title.TryGetValue(key, out var earlier) ? $"{earlier}\n{value}" : value;
            return new BreakdownJson(
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

        internal sealed record Scene(
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

        internal sealed record Element(string Name, ElementCategory Category);

        internal sealed record Character(string Name, int DialogueCount, IReadOnlyList<string> Scenes);

        internal sealed record Location(string Name, IReadOnlyList<string> IntExt, IReadOnlyList<string> Scenes);
    }
}
