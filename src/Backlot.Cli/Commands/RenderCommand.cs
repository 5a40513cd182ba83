using System.CommandLine;
using Backlot.Domain.Takes;
using Backlot.Studio;
using Backlot.Studio.Renders;
using Spectre.Console;

namespace Backlot.Cli.Commands;

public static class RenderCommand
{
    public static Command Create()
    {
        var scene = new Option<string?>("--scene") { Description = "Only this scene number." };
        var shot = new Option<string?>("--shot") { Description = "Only this shot (code such as 3B, or id)." };
        var set = new Option<string[]>("--set")
        {
            Description = "Take-level knob, NAME=VALUE (repeatable), e.g. --set lens=85 --set height=1.2. See 'backlot engines'.",
            AllowMultipleArgumentsPerToken = false,
        };
        var force = new Option<bool>("--force") { Description = "Queue a new take even when an identical one exists." };
        var queueOnly = new Option<bool>("--queue-only") { Description = "Queue the takes for workers and return at once." };
        var command = new Command("render", "Render takes for the selected shots (skips shots whose identical take exists).")
        {
            ShotsCommand.Production, scene, shot, set, force, queueOnly, CliOutput.Json,
        };
        command.SetAction((parse, ct) => CliErrors.GuardAsync(async () =>
        {
            var json = parse.GetValue(CliOutput.Json);
            await using var session = CliSession.Open(parse.GetValue(BacklotCommandLine.Data));
            var selection = new RenderSelection(parse.GetValue(ShotsCommand.Production), parse.GetValue(scene), parse.GetValue(shot))
            {
                Overrides = ParseSets(parse.GetValue(set) ?? []),
                Force = parse.GetValue(force),
            };
            var plan = await session.Get<TakeScheduler>().QueueAsync(selection, ct);
            IReadOnlyList<TakeState> states = parse.GetValue(queueOnly) ? [] : await RenderProgress.RunAsync(session, plan, json, ct);
            var report = Report(plan, states);
            if (json)
                CliOutput.WriteJson(report);
            else
                Print(report);
            return report.Failed > 0 ? CliErrors.Failed : 0;
        }));
        return command;
    }

    public static Dictionary<string, string> ParseSets(IEnumerable<string> sets)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in sets)
        {
            var eq = item.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
                throw new StudioException(StudioErrorKind.Invalid, $"--set '{item}': expected NAME=VALUE");
            result[item[..eq].Trim()] = item[(eq + 1)..].Trim();
        }

        return result;
    }

    public static RenderReport Report(RenderPlan plan, IReadOnlyList<TakeState> states)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var rows = plan.Takes.Select(t =>
        {
            var state = states.FirstOrDefault(s => s.TakeId == t.TakeId);
            return new RenderedShot(t.ShotCode, t.ShotId, t.TakeId, t.TakeNumber, t.Reused, (state?.Status ?? TakeStatus.Queued).ToString(), t.SheetHash, state?.Error);
        }).ToList();
        return new RenderReport(plan.ProductionId, rows, rows.Count(r => !r.Reused), rows.Count(r => r.Status == nameof(TakeStatus.Completed)), rows.Count(r => r.Status == nameof(TakeStatus.Failed)));
    }

    private static void Print(RenderReport report)
    {
        foreach (var failed in report.Shots.Where(s => s.Error is not null && s.Status == nameof(TakeStatus.Failed)))
            CliOutput.Say($"[red]shot {failed.Shot} take {failed.Take}: {failed.Error}[/]");
        CliOutput.Say(
            $"{report.Shots.Count} shots: {report.Queued} new takes, {report.Shots.Count - report.Queued} unchanged; {report.Completed} completed, {report.Failed} failed.");
    }
}

public sealed record RenderedShot(string Shot, Guid ShotId, Guid TakeId, int Take, bool Reused, string Status, string SheetHash, string? Error);

public sealed record RenderReport(Guid ProductionId, IReadOnlyList<RenderedShot> Shots, int Queued, int Completed, int Failed);
