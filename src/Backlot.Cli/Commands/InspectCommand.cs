using System.CommandLine;
using Backlot.Interchange;
using Backlot.Interchange.Timeline;
using Backlot.Studio;
using Backlot.Studio.Exports;
using Spectre.Console;

namespace Backlot.Cli.Commands;

public static class InspectCommand
{
    public static readonly Option<double?> Rate = new("--rate") { Description = "Frame rate of an EDL (EDLs do not say): 24, 25, 29.97, 30…" };

    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A timeline: .otio, .edl, FCP 7 .xml (xmeml) or .fcpxml." };
        var command = new Command("inspect", "Show a timeline file's tracks, clips (name, source range, media, record in) and duration.")
        {
            file, Rate, CliOutput.Json,
        };
        command.SetAction((parse, ct) => CliErrors.GuardAsync(async () =>
        {
            var (format, cut) = await ReadAsync(parse.GetRequiredValue(file), parse.GetValue(Rate), ct);
            var summary = TimelineSummary.From(format, cut);
            if (parse.GetValue(CliOutput.Json))
            {
                CliOutput.WriteJson(summary);
                return 0;
            }

            CliOutput.Say($"[bold]{summary.Name}[/] ({summary.Format}, {summary.Rate} fps): {summary.DurationFrames} frames, {summary.DurationSeconds:0.###} s");
            foreach (var track in summary.Tracks)
            {
                var table = new Table().Title($"{Markup.Escape(track.Name)} ({track.Kind}, {track.DurationFrames} frames)")
                    .AddColumns("Clip", "Source in", "Duration", "Record in", "Media");
                foreach (var clip in track.Clips)
                    table.AddRow(Markup.Escape(clip.Name), $"{clip.SourceIn}", $"{clip.Duration}", $"{clip.RecordIn}", Markup.Escape(clip.MediaReference ?? ""));
                AnsiConsole.Write(table);
            }

            return 0;
        }));
        return command;
    }

    /// <summary>Reads a timeline file; a malformed one is an error naming the file and the line or JSON path.</summary>
    public static async Task<(string Format, Cut Cut)> ReadAsync(FileInfo file, double? rate, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!file.Exists)
            throw new StudioException(StudioErrorKind.Invalid, $"{file.FullName}: no such file");
        if (file.Length > TimelineFiles.MaxBytes)
            throw new StudioException(StudioErrorKind.Invalid, $"{file.Name}: {file.Length:N0} bytes is over the {TimelineFiles.MaxBytes:N0}-byte limit for a timeline");
        return TimelineInput.Read(file.Name, await File.ReadAllBytesAsync(file.FullName, ct), rate);
    }
}
