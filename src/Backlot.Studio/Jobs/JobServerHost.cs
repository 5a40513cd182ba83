using Hangfire;
using Hangfire.AspNetCore;
using Microsoft.Extensions.DependencyInjection;

namespace Backlot.Studio.Jobs;

/// <summary>Runs a Hangfire job server inside this process for the given queues, after recovering interrupted work.</summary>
public sealed class JobServerHost(JobStorage storage, IServiceScopeFactory scopes, JobRecovery recovery, StudioOptions options) : IAsyncDisposable
{
    private BackgroundJobServer? _server;

    public bool IsRunning => _server is not null;

    public IReadOnlyList<string> Queues { get; private set; } = [];

    public async Task StartAsync(IReadOnlyList<string> queues, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(queues);
        if (_server is not null)
            return;
        await recovery.RecoverAsync(cancellationToken);
        Queues = queues;
        _server = new BackgroundJobServer(
            new BackgroundJobServerOptions
            {
                Queues = [.. queues],
                WorkerCount = options.WorkerCount,
                Activator = new AspNetCoreJobActivator(scopes),
                ServerName = $"backlot-{Environment.MachineName}-{Environment.ProcessId}",
                SchedulePollingInterval = TimeSpan.FromSeconds(1),
                ShutdownTimeout = TimeSpan.FromSeconds(10),
            },
            storage);
    }

    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (_server is null)
            return;
        _server.SendStop();
        await _server.WaitForShutdownAsync(cancellationToken);
        _server.Dispose();
        _server = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}
