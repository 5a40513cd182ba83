using System.CommandLine;
using Backlot.Interchange.Csv;
using Backlot.Screenplay;
using Backlot.Screenplay.Breakdown;
using Backlot.Screenplay.Pages;
using Backlot.Studio;
using Backlot.Studio.Breakdowns;
using Spectre.Console;

namespace Backlot.Cli.Commands;

/// <summary>`backlot breakdown FILE`: a screenplay's breakdown, straight from the file, no production or data folder needed.</summary>
public static class BreakdownCommand
{
    // Import's default limit (StudioOptions.MaxScriptBytes), without resolving a data folder or database that
    // a breakdown does not use.
    private const long MaxScriptBytes = 4 * 1024 * 1024;

    public static Command Create()
    {
        var format = new Option<string>("--format")
        {
            Description = "table (default), json (one document) or csv (a breakdown sheet, one scene a row).",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var file = new Argument<FileInfo>("FILE") { Description = "A screenplay: Fountain (.fountain) or Final Draft (.fdx)." };
        var command = new Command("breakdown", "Break a screenplay down: per scene INT/EXT, location, time of day, cast, props, vehicles, sounds and effects.")
        {
            file, format, CliOutput.Json,
        };
        command.SetAction((parse, ct) => CliErrors.GuardAsync(async () =>
        {
            var script = await ReadAsync(parse.GetRequiredValue(file), MaxScriptBytes, ct);
            var report = BreakdownService.Analyse(script);
            switch (parse.GetValue(CliOutput.Json) ? "json" : parse.GetValue(format))
            {
                case "json":
                    CliOutput.WriteJson(BreakdownView.From(report));
                    break;
                case "csv":
                    await using (var stdout = Console.OpenStandardOutput())
                        await stdout.WriteAsync(BreakdownCsv.Write(report.Scenes.Select(BreakdownService.Row), utf8Bom: false), ct);
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
}
