using Backlot.Studio.Jobs;

namespace Backlot.Server.Hosting;

/// <summary>Runs queued jobs inside the server process (one machine); `backlot worker` does the same elsewhere.</summary>
internal sealed class JobServerHostedService(JobServerHost host) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        host.StartAsync([JobQueues.Default, JobQueues.Render], cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => host.StopAsync(cancellationToken);
}
