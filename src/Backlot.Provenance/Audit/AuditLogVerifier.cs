namespace Backlot.Provenance.Audit;

/// <summary>
/// Walks a production's entries in stored order and its checkpoints, and names the first entry that cannot be trusted.
/// What it cannot see: entries cut from the end after the last checkpoint, or a checkpoint removed with them;
/// sign checkpoints often (and keep exported ones) to narrow that window.
/// </summary>
public static class AuditLogVerifier
{
    public static AuditVerification Verify(Guid productionId, IReadOnlyList<AuditEntry> entries, IReadOnlyList<AuditCheckpoint> checkpoints, AuditKeyRing keys)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(checkpoints);
        ArgumentNullException.ThrowIfNull(keys);

        // Where each stored hash sits, to tell an entry that links forward (reordered) from one that links nowhere.
        var positionOfHash = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Hash is { } h)
                positionOfHash[h] = i;
        }

        var sorted = checkpoints.OrderBy(c => c.Sequence).ThenBy(c => c.Time).ToList();
        var next = 0;
        var head = AuditChain.Genesis(productionId);
        long signedThrough = 0;

        AuditVerification Result(long count, AuditDamage? damage) =>
            new(productionId, entries.Count, checkpoints.Count, count == 0 ? null : head, damage is null ? signedThrough : 0, damage);

        for (var i = 0; i < entries.Count; i++)
        {
            var k = i + 1L;
            // Only a checkpoint numbered below 1 can be left behind here.
            if (next < sorted.Count && sorted[next].Sequence < k)
            {
                return Result(i, BadSignature(productionId, sorted[next], keys) ?? new AuditDamage(AuditDamageKind.BadCheckpointSignature,
                    sorted[next].Sequence, $"checkpoint {sorted[next].Sequence} names no entry of the log"));
            }

            if (CheckEntry(productionId, entries[i], i, k, head, positionOfHash) is { } damage)
                return Result(i, damage);
            head = entries[i].Hash;

            for (; next < sorted.Count && sorted[next].Sequence == k; next++)
            {
                var checkpoint = sorted[next];
                if (BadSignature(productionId, checkpoint, keys) is { } bad)
                    return Result(k, bad);
                if (!string.Equals(checkpoint.HeadHash, head, StringComparison.Ordinal))
                {
                    var from = signedThrough + 1;
                    return Result(k, new AuditDamage(AuditDamageKind.Rewritten, from,
                        $"entries {from}–{k} no longer hash to the head signed at checkpoint {k} ({Short(checkpoint.HeadHash)}, the log has {Short(head)}): " +
                        "they were rewritten with new hashes, or cut and written again"));
                }

                signedThrough = k;
            }
        }

        if (next < sorted.Count)
        {
            var checkpoint = sorted[next];
            return Result(entries.Count, BadSignature(productionId, checkpoint, keys) ?? new AuditDamage(AuditDamageKind.Truncated, entries.Count + 1L,
                $"a signed checkpoint covers {checkpoint.Sequence} entries, but the log holds {entries.Count}: " +
                $"entries {entries.Count + 1}–{checkpoint.Sequence} were removed"));
        }

        return Result(entries.Count, null);
    }

    private static AuditDamage? CheckEntry(Guid productionId, AuditEntry e, int position, long k, string head, Dictionary<string, int> positionOfHash)
    {
        if (e.ProductionId != productionId)
            return new(AuditDamageKind.Edited, k, $"entry {k} belongs to production {e.ProductionId}");

        var linksToHead = string.Equals(e.PreviousHash, head, StringComparison.Ordinal);
        if (!linksToHead && e.PreviousHash is { } previous && positionOfHash.TryGetValue(previous, out var linked) && linked > position)
            return new(AuditDamageKind.Reordered, k, $"entry {k} is out of order: the entry found in its place (numbered {e.Sequence}) follows one stored after it");

        if (e.Sequence != k)
        {
            if (linksToHead)
                return new(AuditDamageKind.Edited, k, $"entry {k} carries sequence number {e.Sequence}");
            return e.Sequence > k
                ? new(AuditDamageKind.Deleted, k, $"entry {k} is missing: entry {e.Sequence} follows entry {k - 1}")
                : new(AuditDamageKind.Reordered, k, $"entry {k} is out of order: entry {e.Sequence} appears again after entry {k - 1}");
        }

        var computed = AuditChain.ComputeHash(e);
        if (!string.Equals(computed, e.Hash, StringComparison.Ordinal))
            return new(AuditDamageKind.Edited, k, $"entry {k} ({e.Action} by {e.Actor}) was edited: its content no longer hashes to its stored hash {Short(e.Hash)}");

        if (!linksToHead)
            return new(AuditDamageKind.Deleted, k, $"entry {k} does not follow entry {k - 1}: the chain is broken before it (an entry was removed or replaced)");
        return null;
    }

    private static AuditDamage? BadSignature(Guid productionId, AuditCheckpoint checkpoint, AuditKeyRing keys)
    {
        if (checkpoint.ProductionId != productionId)
            return new(AuditDamageKind.BadCheckpointSignature, checkpoint.Sequence, $"checkpoint {checkpoint.Sequence} belongs to production {checkpoint.ProductionId}");
        var key = keys.Find(checkpoint.KeyId);
        if (key is null)
            return new(AuditDamageKind.BadCheckpointSignature, checkpoint.Sequence, $"checkpoint {checkpoint.Sequence} is signed by key {checkpoint.KeyId}, which is not a key of this production");
        return AuditCheckpoints.HasValidSignature(checkpoint, key)
            ? null
            : new(AuditDamageKind.BadCheckpointSignature, checkpoint.Sequence, $"checkpoint {checkpoint.Sequence} has a bad signature: it was forged or changed after signing");
    }

    private static string Short(string? hash) => hash is { Length: > 12 } ? hash[..12] : hash ?? "(none)";
}
