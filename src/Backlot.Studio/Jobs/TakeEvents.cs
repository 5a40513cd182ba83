using Backlot.Domain.Takes;

namespace Backlot.Studio.Jobs;

/// <summary>A take changed state or progressed.</summary>
public sealed record TakeEvent(Guid ProductionId, Guid ShotId, Guid TakeId, TakeStatus Status, double Progress, string? Error);

/// <summary>
/// In-process progress events for live views. Work done in another process is seen by polling the database;
/// this only makes same-process progress immediate.
/// </summary>
public sealed class TakeEvents
{
    public event Action<TakeEvent>? Changed;

    public void Publish(TakeEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        Changed?.Invoke(e);
    }
}
