using System.Diagnostics;
using System.Text.Json;
using Backlot.Data;
using Backlot.Data.Blobs;
using Backlot.Domain.Assets;
using Backlot.Domain.Characters;
using Backlot.Domain.Productions;
using Backlot.Domain.Sheets;
using Backlot.Domain.Takes;
using Backlot.Engines;
using Backlot.Provenance.Audit;
using Backlot.Studio.Audit;
using Backlot.Studio.Policy;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Backlot.Studio.Jobs;

/// <summary>
/// Renders one take. Claims it (Queued → Running) so a duplicate job does nothing; writes blobs first
/// (content-addressed, atomic) and the take's outputs and Completed state in one transaction, so a job that
/// dies leaves the take Running for recovery and never half-written. An engine error ends the take as Failed
/// with the reason.
/// </summary>
public sealed class RenderTakeJob(
    IDbContextFactory<BacklotDbContext> contexts,
    IBlobStore blobs,
    EngineRouter engines,
    WorkerIdentity worker,
    TakeEvents events,
    PolicyService policies,
    AuditService audit,
    ILogger<RenderTakeJob> log)
{
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(Guid takeId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var started = DateTimeOffset.UtcNow;
        var claimed = await db.Takes
            .Where(t => t.Id == takeId && t.Status == TakeStatus.Queued)
            .ExecuteUpdateAsync(
                s => s.SetProperty(t => t.Status, TakeStatus.Running)
                    .SetProperty(t => t.WorkerId, worker.Id)
                    .SetProperty(t => t.StartedAt, started)
                    .SetProperty(t => t.HeartbeatAt, started)
                    .SetProperty(t => t.Progress, 0.0)
                    .SetProperty(t => t.Attempts, t => t.Attempts + 1),
                cancellationToken);
        if (claimed == 0)
            return; // finished already, or another worker holds it

        var take = await db.Takes.AsNoTracking().SingleAsync(t => t.Id == takeId, cancellationToken);
        Publish(take, TakeStatus.Running, 0, null);
        try
        {
            var outputs = await RenderAsync(db, take, cancellationToken);
            await CompleteWithRetryAsync(take, outputs, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The worker is shutting down: hand the take back to the queue untouched.
            await ReleaseAsync(takeId, TakeStatus.Queued, null);
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var reason = e is EngineException ? e.Message : $"the engine failed: {e.GetType().Name}: {e.Message}";
            if (e is EngineException)
                log.LogWarning("Take {TakeId} failed: {Reason}", takeId, reason);
            else
                log.LogWarning(e, "Take {TakeId} failed: {Reason}", takeId, reason);
            await ReleaseAsync(takeId, TakeStatus.Failed, reason);
            Publish(take, TakeStatus.Failed, 0, reason);
        }
    }

    private async Task<RenderedTake> RenderAsync(BacklotDbContext db, Take take, CancellationToken cancellationToken)
    {
        var engine = engines.Find(take.EngineId)
            ?? throw new EngineException($"engine '{take.EngineId}' is not registered in this worker");
        if (engine.Descriptor.Version != take.EngineVersion)
        {
            throw new EngineException(
                $"engine '{take.EngineId}' is version {engine.Descriptor.Version} here, but the take was queued for {take.EngineVersion}; queue a new take");
        }

        // The policy is checked again here: it may have changed since the take was queued.
        var policy = await db.Productions.AsNoTracking().Where(p => p.Id == take.ProductionId).Select(p => p.DataPolicy).SingleAsync(cancellationToken);
        if (PolicyService.Refusal(engine, policy) is { } refusal)
        {
            await policies.RecordRefusalAsync(take.ProductionId, Actor, engine, policy, [take.Id.ToString(), take.ShotId.ToString()], refusal, cancellationToken);
            throw new EngineException(refusal);
        }

        var shot = await db.Shots.AsNoTracking().SingleAsync(s => s.Id == take.ShotId, cancellationToken);
        var scene = await db.Scenes.AsNoTracking().SingleAsync(s => s.Id == shot.SceneId, cancellationToken);
        var cast = await db.Characters.AsNoTracking()
            .Where(c => c.ProductionId == take.ProductionId && shot.Characters.Contains(c.Name))
            .ToListAsync(cancellationToken);
        // A character without a row (someone the breakdown found in action who never speaks) still stands in frame,
        // with the default bible until a person writes one.
        var characters = shot.Characters
            .Select(name => cast.FirstOrDefault(c => c.Name == name) is { } c
                ? new FrameCharacter(c.Name, c.Bible, c.Bible.LookFor(scene.Ordinal))
                : new FrameCharacter(name, new CharacterBible(), null))
            .ToList();
        var request = new FrameRequest(ResolvedControlSheet.FromCanonicalJson(take.ResolvedSheetJson), take.Seed, characters)
        {
            ShotCode = shot.Code,
            SceneHeading = scene.Heading,
            Description = shot.Description,
        };

        if (engine.Descriptor.DataHandling != DataHandling.OnPremises)
            await RecordTransferAsync(take, shot.Id, engine, characters, cancellationToken);

        var progress = new LatestProgress();
        using var heartbeat = new CancellationTokenSource();
        var beating = BeatAsync(take, progress, heartbeat.Token);
        var clock = Stopwatch.StartNew();
        FrameResponse response;
        try
        {
            response = await engine.RenderAsync(request, progress, cancellationToken);
        }
        finally
        {
            await heartbeat.CancelAsync();
            await beating;
        }

        clock.Stop();
        var outputs = new List<(EngineOutput Output, BlobInfo Blob)>();
        foreach (var output in response.Outputs)
            outputs.Add((output, await blobs.PutAsync(output.Content, cancellationToken)));
        return new RenderedTake(outputs, clock.Elapsed.TotalMilliseconds);
    }

    /// <summary>
    /// Another worker may record the same asset (identical bytes) at the same moment; the unique key then refuses
    /// one insert, and a second try finds the row there.
    /// </summary>
    private async Task CompleteWithRetryAsync(Take take, RenderedTake rendered, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            try
            {
                await CompleteAsync(db, take, rendered, cancellationToken);
                return;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // try again with a fresh context
            }
        }
    }

    private async Task CompleteAsync(BacklotDbContext db, Take take, RenderedTake rendered, CancellationToken cancellationToken)
    {
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var hashes = rendered.Outputs.Select(o => o.Blob.Sha256).ToList();
        var known = await db.Assets.Where(a => hashes.Contains(a.Sha256)).Select(a => a.Sha256).ToListAsync(cancellationToken);
        foreach (var (output, blob) in rendered.Outputs.Where(o => !known.Contains(o.Blob.Sha256)).DistinctBy(o => o.Blob.Sha256))
        {
            db.Assets.Add(new Asset
            {
                Sha256 = blob.Sha256,
                MediaType = output.MediaType,
                Size = blob.Size,
                Width = output.Width,
                Height = output.Height,
                SourceTakeId = take.Id,
                ProductionId = take.ProductionId,
            });
        }

        var tracked = await db.Takes.SingleAsync(t => t.Id == take.Id, cancellationToken);
        if (tracked.Status != TakeStatus.Running || tracked.WorkerId != worker.Id)
            return; // recovery handed it to another worker meanwhile; that worker writes the same blobs

        tracked.Outputs = [.. rendered.Outputs.Select(o => new TakeOutput(o.Output.Role, o.Blob.Sha256, o.Output.MediaType))];
        tracked.Status = TakeStatus.Completed;
        tracked.CompletedAt = DateTimeOffset.UtcNow;
        tracked.RenderMilliseconds = rendered.Milliseconds;
        tracked.Progress = 1;
        tracked.Error = null;
        tracked.WorkerId = null;
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        Publish(take, TakeStatus.Completed, 1, null);
    }

    private async Task ReleaseAsync(Guid takeId, TakeStatus status, string? error)
    {
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        DateTimeOffset? completed = status == TakeStatus.Failed ? DateTimeOffset.UtcNow : null;
        await db.Takes
            .Where(t => t.Id == takeId && t.Status == TakeStatus.Running && t.WorkerId == worker.Id)
            .ExecuteUpdateAsync(
                s => s.SetProperty(t => t.Status, status)
                    .SetProperty(t => t.Error, error)
                    .SetProperty(t => t.WorkerId, (string?)null)
                    .SetProperty(t => t.CompletedAt, completed)
                    .SetProperty(t => t.Progress, 0.0),
                CancellationToken.None);
    }

    private async Task BeatAsync(Take take, LatestProgress progress, CancellationToken stop)
    {
        try
        {
            while (true)
            {
                await Task.Delay(WorkerIdentity.HeartbeatInterval, stop);
                var now = DateTimeOffset.UtcNow;
                var fraction = progress.Fraction;
                await using var db = await contexts.CreateDbContextAsync(stop);
                await db.Takes
                    .Where(t => t.Id == take.Id && t.WorkerId == worker.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(t => t.HeartbeatAt, now).SetProperty(t => t.Progress, fraction), stop);
                Publish(take, TakeStatus.Running, fraction, null);
            }
        }
        catch (OperationCanceledException)
        {
            // the render ended
        }
    }

    /// <summary>
    /// The request leaves the building for a hosted engine: the audit log records which take, which engine, and the hashes of
    /// the images that go with it (the identity references of the characters in frame).
    /// </summary>
    private Task<AuditEntry> RecordTransferAsync(Take take, Guid shotId, IFrameEngine engine, List<FrameCharacter> characters, CancellationToken cancellationToken) =>
        audit.AppendAsync(take.ProductionId, new AuditEvent
        {
            Actor = Actor,
            Action = AuditActions.AssetSentToEngine,
            SubjectIds = [take.Id.ToString(), shotId.ToString()],
            AssetSha256s = [.. characters.SelectMany(c => c.Bible.IdentityReferences).Where(Asset.IsValidSha256).Distinct()],
            EngineId = engine.Descriptor.Id,
            Details = JsonSerializer.Serialize(new
            {
                engineVersion = engine.Descriptor.Version,
                dataHandling = PolicyNames.Name(engine.Descriptor.DataHandling),
                sheetHash = take.SheetHash,
                characters = characters.Select(c => c.Name),
            }),
        }, cancellationToken);

    private string Actor => $"worker {worker.Id}";

    private void Publish(Take take, TakeStatus status, double progress, string? error) =>
        events.Publish(new TakeEvent(take.ProductionId, take.ShotId, take.Id, status, progress, error));

    private sealed record RenderedTake(List<(EngineOutput Output, BlobInfo Blob)> Outputs, double Milliseconds);

    private sealed class LatestProgress : IProgress<EngineProgress>
    {
        private double _fraction;

        public double Fraction => Volatile.Read(ref _fraction);

        public void Report(EngineProgress value) => Volatile.Write(ref _fraction, value.Fraction);
    }
}
