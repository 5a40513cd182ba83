using Backlot.Data;
using Backlot.Data.Blobs;
using Backlot.Domain.Takes;
using Backlot.Engines;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Backlot.Studio.Jobs;

/// <summary>
/// Run before a job server starts: takes left Running by a worker that died go back on the queue
/// (or fail, naming why, after <see cref="MaxAttempts"/> tries), and every queued take is enqueued again,
/// which is harmless because a job claims its take once.
/// </summary>
public sealed class JobRecovery(
    IDbContextFactory<BacklotDbContext> contexts,
    IJobScheduler scheduler,
    WorkerIdentity worker,
    EngineRouter engines,
    IBlobStore blobs,
    StudioDatabase database,
    ILogger<JobRecovery> log)
{
    public const int MaxAttempts = 3;

    public async Task<RecoveryReport> RecoverAsync(CancellationToken cancellationToken = default)
    {
        await database.EnsureReadyAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = DateTimeOffset.UtcNow;
        var resumed = 0;
        var failed = 0;
        var running = await db.Takes.Where(t => t.Status == TakeStatus.Running).ToListAsync(cancellationToken);
        foreach (var take in running.Where(t => worker.IsDead(t.WorkerId, t.HeartbeatAt, now)))
        {
            if (take.Attempts >= MaxAttempts)
            {
                take.Status = TakeStatus.Failed;
                take.Error = $"the worker rendering this take stopped {take.Attempts} times (last: {take.WorkerId}); not tried again";
                take.CompletedAt = now;
                failed++;
            }
            else
            {
                take.Status = TakeStatus.Queued;
                take.Error = $"worker {take.WorkerId} stopped while rendering; queued again";
                resumed++;
            }

            take.WorkerId = null;
            take.Progress = 0;
        }

        await db.SaveChangesAsync(cancellationToken);

        var queued = await db.Takes.Where(t => t.Status == TakeStatus.Queued)
            .Select(t => new { t.Id, t.EngineId })
            .ToListAsync(cancellationToken);
        foreach (var take in queued)
            scheduler.Enqueue(take.Id, engines.Find(take.EngineId)?.Descriptor.Queue ?? JobQueues.Render);

        var temporary = blobs is FileSystemBlobStore files ? files.DeleteTemporaryFiles(TimeSpan.FromMinutes(10)) : 0;
        if (resumed + failed + queued.Count + temporary > 0)
        {
            log.LogInformation(
                "Recovery: {Resumed} interrupted takes queued again, {Failed} failed, {Queued} queued takes enqueued, {Temporary} temporary files removed",
                resumed, failed, queued.Count, temporary);
        }

        return new RecoveryReport(resumed, failed, queued.Count);
    }
}

public sealed record RecoveryReport(int Resumed, int Failed, int Enqueued);
