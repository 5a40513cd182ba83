using Backlot.Data;
using Backlot.Domain.Takes;
using Microsoft.EntityFrameworkCore;

namespace Backlot.Studio.Renders;

/// <summary>A take's state as seen while waiting.</summary>
public sealed record TakeState(Guid TakeId, TakeStatus Status, double Progress, string? Error);

/// <summary>Waits for takes to finish by watching the database, so it sees work done by any worker.</summary>
public sealed class TakeWaiter(IDbContextFactory<BacklotDbContext> contexts)
{
    public async Task<IReadOnlyList<TakeState>> WaitAsync(
        IReadOnlyCollection<Guid> takeIds,
        Action<IReadOnlyList<TakeState>>? onPoll = null,
        TimeSpan? pollInterval = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(takeIds);
        var ids = takeIds.Distinct().ToList();
        while (true)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var states = await db.Takes.AsNoTracking()
                .Where(t => ids.Contains(t.Id))
                .Select(t => new TakeState(t.Id, t.Status, t.Progress, t.Error))
                .ToListAsync(cancellationToken);
            onPoll?.Invoke(states);
            if (states.All(s => s.Status is TakeStatus.Completed or TakeStatus.Failed or TakeStatus.Cancelled))
                return states;
            await Task.Delay(pollInterval ?? TimeSpan.FromMilliseconds(200), cancellationToken);
        }
    }
}
