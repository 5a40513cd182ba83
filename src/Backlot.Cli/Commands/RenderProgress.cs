using Backlot.Domain.Takes;
using Backlot.Studio.Renders;
using Spectre.Console;

namespace Backlot.Cli.Commands;

/// <summary>Runs a render plan to the end, with a progress bar unless the output is JSON.</summary>
public static class RenderProgress
{
    public static async Task<IReadOnlyList<TakeState>> RunAsync(CliSession session, RenderPlan plan, bool quiet, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(plan);
        var runner = session.Get<RenderRunner>();
        if (quiet || plan.Takes.Count == 0)
            return await runner.RunAsync(plan, null, ct);

        IReadOnlyList<TakeState> states = [];
        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask($"Rendering {plan.Takes.Count} shots", maxValue: plan.Takes.Count);
                states = await runner.RunAsync(
                    plan,
                    polled =>
                    {
                        var done = polled.Count(s => s.Status is TakeStatus.Completed or TakeStatus.Failed or TakeStatus.Cancelled);
                        var partial = polled.Where(s => s.Status == TakeStatus.Running).Sum(s => s.Progress);
                        task.Value = Math.Min(plan.Takes.Count, done + partial);
                    },
                    ct);
                task.Value = plan.Takes.Count;
            });
        return states;
    }
}
