using System.CommandLine;
using System.Diagnostics;
using Backlot.Studio.Auth;
using Backlot.Studio.Demo;
using Backlot.Studio.Queries;
using Spectre.Console;

namespace Backlot.Cli.Commands;

public static class DemoCommand
{
    public static Command Create()
    {
        var serve = new Option<bool>("--serve") { Description = "Then start the studio and keep it running." };
        var command = new Command("demo", "Import the sample production, plan its shots, render every shot and summarise; --serve then opens the studio.")
        {
            serve, ServeCommand.Urls, CliOutput.Json,
        };
        command.SetAction((parse, ct) => CliErrors.GuardAsync(async () =>
        {
            var json = parse.GetValue(CliOutput.Json);
            var clock = Stopwatch.StartNew();
            await using (var session = CliSession.Open(parse.GetValue(BacklotCommandLine.Data)))
            {
                if (!json)
                    CliOutput.Say($"[bold]Backlot demo[/]: data in {session.Options.DataDirectory} ({session.Options.Database.Describe()})");
                var (import, plan) = await session.Get<DemoRunner>().PrepareAsync(ct);
                if (!json)
                {
                    CliOutput.Say(
                        $"{(import.AlreadyImported ? "Reusing" : "Imported")} [bold]{import.ProductionName}[/]: {import.Scenes} scenes, {import.Characters} characters; {plan.Takes.Count} shots, {plan.New} to render.");
                }

                var states = await RenderProgress.RunAsync(session, plan, json, ct);
                var report = RenderCommand.Report(plan, states);
                var scenes = await session.Get<StudioQueries>().ScenesAsync(AccessScope.Local, import.ProductionId, ct);
                var shots = await session.Get<StudioQueries>().ShotsAsync(AccessScope.Local, import.ProductionId, null, ct);
                var summary = new DemoSummary(
                    import.ProductionId, import.ProductionName, session.Options.DataDirectory, session.Options.Database.Describe(),
                    session.Options.BlobDirectory, scenes.Count, shots.Count, report.Queued, report.Completed, report.Failed,
                    clock.Elapsed.TotalSeconds, parse.GetValue(serve) ? parse.GetValue(ServeCommand.Urls) : null);
                if (json)
                {
                    CliOutput.WriteJson(new { summary, scenes, render = report });
                }
                else
                {
                    var table = new Table().Title(Markup.Escape(import.ProductionName)).AddColumns("Scene", "Heading", "Cast", "Shots", "Rendered");
                    foreach (var scene in scenes)
                    {
                        var sceneShots = shots.Where(s => s.SceneId == scene.Id).ToList();
                        table.AddRow(
                            scene.Number, Markup.Escape(scene.Heading), Markup.Escape(string.Join(", ", scene.Cast)), $"{sceneShots.Count}",
                            $"{sceneShots.Count(s => s.Latest?.Status == "Completed")}/{sceneShots.Count}");
                    }

                    AnsiConsole.Write(table);
                    CliOutput.Say(
                        $"{summary.Shots} shots: {summary.NewTakes} rendered now, {summary.Completed} completed, {summary.Failed} failed, in {summary.Seconds:0.0} s.");
                    CliOutput.Say($"Metadata: {summary.Database}");
                    CliOutput.Say($"Frames:   {summary.Blobs} (content-addressed PNGs)");
                    if (!parse.GetValue(serve))
                        AnsiConsole.MarkupLine("Studio:   run [bold]backlot serve[/] (or [bold]backlot demo --serve[/]) and open http://127.0.0.1:5000");
                }

                if (report.Failed > 0)
                    return CliErrors.Failed;
            }

            return parse.GetValue(serve) ? await ServeCommand.ServeAsync(parse.GetValue(BacklotCommandLine.Data), parse.GetValue(ServeCommand.Urls)!, true, ct) : 0;
        }));
        return command;
    }
}

public sealed record DemoSummary(
    Guid ProductionId, string Production, string DataDirectory, string Database, string Blobs, int Scenes, int Shots,
    int NewTakes, int Completed, int Failed, double Seconds, string? Studio);
