using System.CommandLine;
using Backlot.Studio.Auth;
using Backlot.Studio.Exports;

namespace Backlot.Cli.Commands;

public static class ImportCutCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "An editor's cut: .otio (also .edl, .xml, .fcpxml)." };
        var command = new Command("import-cut", "Bring an editor's cut back: shot order and durations; reports what it could not match and changes nothing else.")
        {
            file, ShotsCommand.Production, InspectCommand.Rate, CliOutput.Json,
        };
        command.SetAction((parse, ct) => CliErrors.GuardAsync(async () =>
        {
            var (_, cut) = await InspectCommand.ReadAsync(parse.GetRequiredValue(file), parse.GetValue(InspectCommand.Rate), ct);
            await using var session = CliSession.Open(parse.GetValue(BacklotCommandLine.Data));
            var report = await session.Get<CutImporter>().ImportAsync(AccessScope.Local, cut, parse.GetValue(ShotsCommand.Production), ct);
            if (parse.GetValue(CliOutput.Json))
            {
                CliOutput.WriteJson(report);
                return 0;
            }

            CliOutput.Say($"{report.Matched} of {report.ClipsInCut} clips matched shots; reordered: {Join(report.Reordered)}; durations changed: {Join(report.DurationsChanged)}.");
            if (report.UnmatchedClips.Count > 0)
                CliOutput.Say($"[yellow]Not matched:[/] {string.Join(", ", report.UnmatchedClips)}");
            if (report.ShotsNotInCut.Count > 0)
                CliOutput.Say($"Shots not in the cut (unchanged): {string.Join(", ", report.ShotsNotInCut)}");
            return 0;
        }));
        return command;
    }

    private static string Join(IReadOnlyList<string> codes) => codes.Count == 0 ? "none" : string.Join(", ", codes);
}
