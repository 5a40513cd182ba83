using System.Diagnostics;
using System.Globalization;

namespace Backlot.Studio.Jobs;

/// <summary>
/// Names this process as a worker ("host:pid:start") and tells whether another worker is gone:
/// on this host by looking for its process, elsewhere by its heartbeat.
/// </summary>
public sealed class WorkerIdentity
{
    public static readonly TimeSpan HeartbeatInterval = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan RemoteDeadAfter = TimeSpan.FromMinutes(2);

    public WorkerIdentity()
    {
        using var me = Process.GetCurrentProcess();
        Id = Format(Environment.MachineName, me.Id, me.StartTime.ToUniversalTime().Ticks);
    }

    public string Id { get; }

    public bool IsDead(string? workerId, DateTimeOffset? heartbeatAt, DateTimeOffset now)
    {
        if (workerId == Id)
            return false;
        var parts = workerId?.Split(':') ?? [];
        if (parts.Length == 3 && parts[0] == Environment.MachineName
            && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var pid)
            && long.TryParse(parts[2], CultureInfo.InvariantCulture, out var started))
        {
            return !IsRunning(pid, started);
        }

        return heartbeatAt is null || now - heartbeatAt.Value > RemoteDeadAfter;
    }

    private static bool IsRunning(int pid, long startedTicks)
    {
        try
        {
            using var p = Process.GetProcessById(pid);
            return !p.HasExited && p.StartTime.ToUniversalTime().Ticks == startedTicks;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static string Format(string host, int pid, long ticks) =>
        string.Create(CultureInfo.InvariantCulture, $"{host}:{pid}:{ticks}");
}
