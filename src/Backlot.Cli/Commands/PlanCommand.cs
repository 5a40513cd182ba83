using System.CommandLine;
using Backlot.Interchange.Csv;
using Backlot.Screenplay.ShotPlanning;
using Backlot.Studio.Auth;
using Backlot.Studio.Productions;
using Backlot.Studio.Queries;
using Backlot.Studio.Shots;
using Spectre.Console;

namespace Backlot.Cli.Commands;

/// <summary>
/// `backlot plan FILE`: the coverage the planner proposes for a screenplay, straight from the file. `backlot plan`
/// without a file shows a production's shot plan, marking what people edited, locked and omitted; `--replan` plans
/// its scenes again from the script first, leaving those shots alone.
/// </summary>
public static class PlanCommand
{
    private const long MaxScriptBytes = 4 * 1024 * 1024;

    public static Command Create()
    {
        var file = new Argument<FileInfo?>("FILE") { Description = "A screenplay (.fountain or .fdx); without it, the production's plan.", Arity = ArgumentArity.ZeroOrOne };
        var scene = new Option<string?>("--scene") { Description = "Only this scene number." };
        var replan = new Option<bool>("--replan") { Description = "Plan the production's scenes again from the script; edited, locked, omitted and rendered shots stay." };
        var format = new Option<string>("--format") { Description = "table (default), json or csv (a shot list).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var command = new Command("plan", "Propose coverage for a screenplay, or show and re-plan a production's shot plan.")
        {
            file, ShotsCommand.Production, scene, replan, format, CliOutput.Json,
        };
        command.SetAction((parse, ct) => CliErrors.GuardAsync(async () =>
        {
            var output = parse.GetValue(CliOutput.Json) ? "json" : parse.GetValue(format)!;
            if (parse.GetValue(file) is { } path)
                return await FromFileAsync(path, parse.GetValue(scene), output, ct);

            await using var session = CliSession.Open(parse.GetValue(BacklotCommandLine.Data));
            var production = await session.Get<ProductionService>().FindAsync(parse.GetValue(ShotsCommand.Production), ct);
            ReplanResult? replanned = null;
            if (parse.GetValue(replan))
                replanned = await session.Get<ShotEditor>().ReplanAsync(AccessScope.Local, production.Id, parse.GetValue(scene), ct);
            var shots = await session.Get<StudioQueries>().ShotsAsync(AccessScope.Local, production.Id, parse.GetValue(scene), includeOmitted: true, ct);
            switch (output)
            {
                case "json":
                    CliOutput.WriteJson(new { production = production.Name, productionId = production.Id, replanned, shots });
                    break;
                case "csv":
                    await WriteCsvAsync(shots.Where(s => !s.Omitted).Select(s => new ShotListRow(
                        s.SceneNumber, s.Code, s.Description, s.Size, s.Angle, s.Lens, null, s.Characters,
                        TimeSpan.FromSeconds(s.EstimatedSeconds), s.Latest?.Number, s.Review == "none" ? "planned" : s.Review, s.Framing)), ct);
                    break;
                default:
                    if (replanned is { } r)
                        CliOutput.Say($"Re-planned: {r.Added} shots planned, {r.Removed} replaced, {r.Kept} kept as people left them.");
                    WriteProductionTable(production.Name, shots);
                    break;
            }

            return 0;
        }));
        return command;
    }

    private static async Task<int> FromFileAsync(FileInfo path, string? sceneNumber, string output, CancellationToken ct)
    {
        var script = await BreakdownCommand.ReadAsync(path, MaxScriptBytes, ct);
        var plans = ShotPlanner.PlanScript(script)
            .Where(p => sceneNumber is null || string.Equals(p.Scene.Number, sceneNumber, StringComparison.OrdinalIgnoreCase))
            .ToList();
        switch (output)
        {
            case "json":
                CliOutput.WriteJson(new
                {
                    title = script.Title,
                    shots = plans.Sum(p => p.Shots.Count),
                    seconds = plans.Sum(p => p.Shots.Sum(s => s.EstimatedSeconds)),
                    scenes = plans.Select(p => new
                    {
                        number = p.Scene.Number,
                        heading = p.Scene.Heading,
                        newLocation = p.NewLocation,
                        shots = p.Shots.Select(s => new
                        {
                            code = s.Code,
                            framing = ShotFramings.Name(s.Framing),
                            size = s.Size.ToString(),
                            angle = s.Angle,
                            lens = s.LensMm,
                            characters = s.Characters,
                            subject = s.Subject,
                            description = s.Description,
                            seconds = s.EstimatedSeconds,
                            firstLine = s.FirstLine,
                            lastLine = s.LastLine,
                        }),
                    }),
                });
                break;
            case "csv":
                await WriteCsvAsync(plans.SelectMany(p => p.Shots.Select(s => new ShotListRow(
                    p.Scene.Number, s.Code, s.Description, s.Size.ToString(), s.Angle, s.LensMm, null, s.Characters,
                    TimeSpan.FromSeconds(s.EstimatedSeconds), null, "planned", $"{ShotFramings.Name(s.Framing)}; lines {s.FirstLine}-{s.LastLine}"))), ct);
                break;
            default:
                var table = new Table().AddColumns("Shot", "Framing", "Size", "Angle", "Lens", "In frame", "Covers", "Lines", "Est.");
                foreach (var s in plans.SelectMany(p => p.Shots))
                {
                    table.AddRow(
                        s.Code, ShotFramings.Name(s.Framing), s.Size.ToString(), s.Angle, $"{s.LensMm:0} mm",
                        Markup.Escape(string.Join(", ", s.Characters)), Markup.Escape(Short(s.Description)),
                        $"{s.FirstLine}-{s.LastLine}", $"{s.EstimatedSeconds:0.#} s");
                }

                AnsiConsole.Write(table);
                CliOutput.Say($"{plans.Sum(p => p.Shots.Count)} shots over {plans.Count} scenes, about {TimeSpan.FromSeconds(plans.Sum(p => p.Shots.Sum(s => s.EstimatedSeconds))):h\\:mm\\:ss} of coverage.");
                break;
        }

        return 0;
    }

    private static void WriteProductionTable(string production, IReadOnlyList<ShotView> shots)
    {
        var table = new Table().Title(Markup.Escape(production))
            .AddColumns("Shot", "Framing", "Size", "Angle", "Lens", "In frame", "Covers", "Est.", "Locked", "State");
        foreach (var s in shots)
        {
            var locked = string.Join(", ", s.Sheet.Where(k => k.Value.Locked).Select(k => k.Key));
            var state = s.Omitted ? "omitted" : s.Edited ? "edited" : s.Takes > 0 ? "rendered" : "planned";
            table.AddRow(
                s.Omitted ? $"[strikethrough]{s.Code}[/]" : s.Code, s.Framing ?? "", s.Size ?? "", s.Angle ?? "", s.Lens is { } l ? $"{l:0} mm" : "",
                Markup.Escape(string.Join(", ", s.Characters)), Markup.Escape(Short(s.Description)), $"{s.EstimatedSeconds:0.#} s",
                Markup.Escape(locked), state);
        }

        AnsiConsole.Write(table);
    }

    private static async Task WriteCsvAsync(IEnumerable<ShotListRow> rows, CancellationToken ct)
    {
        await using var stdout = Console.OpenStandardOutput();
        await stdout.WriteAsync(ShotListCsv.Write(rows, utf8Bom: false), ct);
    }

    private static string Short(string text) => text.Length > 56 ? text[..55] + "…" : text;
}
