using Backlot.Studio.Jobs;

namespace Backlot.Studio.Renders;

/// <summary>
/// Runs queued takes to the end inside this process: starts a job server for every queue when none is
/// running here, waits (watching the database) and stops it again.
/// </summary>
public sealed class RenderRunner(JobServerHost server, TakeWaiter waiter)
{
    public async Task<IReadOnlyList<TakeState>> RunAsync(
        RenderPlan plan, Action<IReadOnlyList<TakeState>>? onPoll = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var ownServer = !server.IsRunning;
        if (ownServer)
            await server.StartAsync(JobQueues.All, cancellationToken);
        try
        {
            return await waiter.WaitAsync([.. plan.Takes.Select(t => t.TakeId)], onPoll, null, cancellationToken);
        }
        finally
        {
            if (ownServer)
                await server.StopAsync(CancellationToken.None);
        }
    }
}
