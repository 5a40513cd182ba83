using System.Buffers.Binary;
using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Backlot.Data;
using Backlot.Provenance;
using Backlot.Provenance.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Backlot.Studio.Audit;

/// <summary>
/// A production's append-only audit log: append (one chain even with many writers), list, checkpoint, verify.
/// Nothing here updates or deletes an entry.
/// </summary>
public sealed class AuditService(
    IDbContextFactory<BacklotDbContext> contexts,
    StudioDatabase database,
    ProductionKeyStore keys,
    AuditOptions options,
    TimeProvider clock,
    ILogger<AuditService> log)
{
    /// <summary>
    /// Adds an entry after the production's current head. Writers of one production take turns (SQLite: the write lock of
    /// BEGIN IMMEDIATE; PostgreSQL: a transaction-scoped advisory lock per production), and the (production, sequence) key
    /// is the backstop: a writer that still read a stale head fails instead of forking the chain, and tries again.
    /// </summary>
    public async Task<AuditEntry> AppendAsync(Guid productionId, AuditEvent what, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(what);
        Validate(what);
        await database.EnsureReadyAsync(cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (db is PostgresBacklotDbContext)
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockKey(productionId)})", cancellationToken);
            var head = await db.AuditEntries.AsNoTracking()
                .Where(e => e.ProductionId == productionId)
                .OrderByDescending(e => e.Sequence)
                .FirstOrDefaultAsync(cancellationToken);
            if (head is null && !await db.Productions.AnyAsync(p => p.Id == productionId, cancellationToken))
                throw StudioException.NotFound($"production {productionId}");

            var entry = AuditChain.Next(productionId, head, what, clock.GetUtcNow());
            db.AuditEntries.Add(entry);
            if (entry.Sequence % options.CheckpointEvery == 0 && await TrySignAsync(entry, cancellationToken) is { } checkpoint)
                db.AuditCheckpoints.Add(checkpoint);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return entry;
            }
            catch (Exception e) when (e is DbUpdateException or DbException && attempt < options.MaxAppendAttempts)
            {
                log.LogDebug(e, "Audit entry {Sequence} of production {ProductionId} was taken by another writer; trying again", entry.Sequence, productionId);
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20 * attempt)), cancellationToken);
            }
        }
    }

    /// <summary>Entries in sequence order, after <paramref name="after"/>, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ListAsync(Guid productionId, long after = 0, int? limit = null, CancellationToken cancellationToken = default)
    {
        await database.EnsureReadyAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.AuditEntries.AsNoTracking()
            .Where(e => e.ProductionId == productionId && e.Sequence > after)
            .OrderBy(e => e.Sequence);
        return limit is { } n ? await query.Take(n).ToListAsync(cancellationToken) : await query.ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AuditCheckpoint>> CheckpointsAsync(Guid productionId, CancellationToken cancellationToken = default)
    {
        await database.EnsureReadyAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.AuditCheckpoints.AsNoTracking()
            .Where(c => c.ProductionId == productionId)
            .OrderBy(c => c.Sequence)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Signs the current head now (the same checkpoint again when the head is already signed).</summary>
    public async Task<AuditCheckpoint> CheckpointAsync(Guid productionId, CancellationToken cancellationToken = default)
    {
        await database.EnsureReadyAsync(cancellationToken);
        using var key = await keys.LoadSigningKeyAsync(productionId, cancellationToken)
            ?? throw new StudioException(StudioErrorKind.Conflict, $"production {productionId} has no signing key yet: checkpoints cannot be signed");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var head = await db.AuditEntries.AsNoTracking()
            .Where(e => e.ProductionId == productionId)
            .OrderByDescending(e => e.Sequence)
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new StudioException(StudioErrorKind.Conflict, $"the audit log of production {productionId} is empty: there is nothing to sign");
        var existing = await db.AuditCheckpoints.AsNoTracking()
            .SingleOrDefaultAsync(c => c.ProductionId == productionId && c.Sequence == head.Sequence, cancellationToken);
        if (existing is not null)
            return existing;

        var checkpoint = AuditCheckpoints.Sign(head, clock.GetUtcNow(), key);
        db.AuditCheckpoints.Add(checkpoint);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return checkpoint;
        }
        catch (DbUpdateException)
        {
            // Another writer signed the same head first; theirs is as good.
            await using var again = await contexts.CreateDbContextAsync(cancellationToken);
            return await again.AuditCheckpoints.AsNoTracking()
                .SingleAsync(c => c.ProductionId == productionId && c.Sequence == head.Sequence, cancellationToken);
        }
    }

    /// <summary>
    /// Walks the stored log. <paramref name="trusted"/> replaces the production's stored public keys, e.g. with a certificate
    /// kept outside the database: with the stored ones, someone who can rewrite the database could also replace the key.
    /// </summary>
    public async Task<AuditVerification> VerifyAsync(Guid productionId, AuditKeyRing? trusted = null, CancellationToken cancellationToken = default)
    {
        var entries = await ListAsync(productionId, cancellationToken: cancellationToken);
        var checkpoints = await CheckpointsAsync(productionId, cancellationToken);
        if (trusted is not null)
            return AuditLogVerifier.Verify(productionId, entries, checkpoints, trusted);
        using var stored = await keys.PublicKeysAsync(productionId, cancellationToken);
        return AuditLogVerifier.Verify(productionId, entries, checkpoints, stored);
    }

    private async Task<AuditCheckpoint?> TrySignAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        try
        {
            using var key = await keys.LoadSigningKeyAsync(entry.ProductionId, cancellationToken);
            if (key is not null)
                return AuditCheckpoints.Sign(entry, clock.GetUtcNow(), key);
            log.LogWarning("Production {ProductionId} has no signing key: audit entry {Sequence} is chained but not checkpointed", entry.ProductionId, entry.Sequence);
        }
        catch (StudioException e)
        {
            // The entry matters more than its checkpoint: record it, and say loudly why it is not signed.
            log.LogError("Audit checkpoint at entry {Sequence} of production {ProductionId} not signed: {Reason}", entry.Sequence, entry.ProductionId, e.Message);
        }

        return null;
    }

    /// <summary>One advisory lock number per production's log.</summary>
    private static long LockKey(Guid productionId) =>
        BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes($"backlot.audit:{productionId:D}")));

    private static void Validate(AuditEvent what)
    {
        try
        {
            what.Validate();
        }
        catch (ProvenanceException e)
        {
            throw new StudioException(StudioErrorKind.Invalid, e.Message, e);
        }
    }
}
