using Backlot.Provenance.Audit;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Backlot.Provenance.Tests.Audit;

/// <summary>Any single change to a random log whose head is signed is found, at the entry it touched.</summary>
public sealed class AuditPropertyTests
{
    private const int Kinds = 16;

    [Property(MaxTest = 400)]
    public Property Verify_AnySingleMutation_IsDetectedAtTheFirstTouchedEntry(PositiveInt size, PositiveInt every, byte kind, NonNegativeInt a, NonNegativeInt b)
    {
        var count = 1 + (size.Get % 30);
        using var log = new SampleLog(count, checkpointEvery: 1 + (every.Get % 7));
        var before = log.Verify();
        var expected = Mutate(log, kind % Kinds, a.Get % count, b.Get);
        var after = log.Verify();
        return (before.IsIntact
                && !after.IsIntact
                && (expected is null || after.FirstDamage!.Sequence == expected))
            .Label($"kind {kind % Kinds} at {a.Get % count} of {count}: expected {expected}, got {after.FirstDamage}");
    }

    /// <summary>Changes the log once; returns the first sequence that must be reported, or null for checkpoint changes.</summary>
    private static long? Mutate(SampleLog log, int kind, int k, int salt)
    {
        var entries = log.Entries;
        var e = entries[k];
        var n = entries.Count;
        var other = n < 2 ? k : (k + 1 + (salt % (n - 1))) % n;
        if (kind is 7 or 8 && other == k)
            kind = 0;
        switch (kind)
        {
            case 0: entries[k] = SampleLog.Copy(e, actor: e.Actor + "!"); return k + 1;
            case 1: entries[k] = SampleLog.Copy(e, details: $$"""{"salt":{{salt}}}"""); return k + 1;
            case 2: entries[k] = SampleLog.Copy(e, time: e.Time.AddTicks(1 + (salt % 1000))); return k + 1;
            case 3: entries[k] = SampleLog.Copy(e, previousHash: RandomHash()); return k + 1;
            case 4: entries[k] = SampleLog.Copy(e, hash: RandomHash()); return k + 1;
            case 5: entries[k] = SampleLog.Copy(e, sequence: e.Sequence + 1 + (salt % 50)); return k + 1;
            case 6: entries.RemoveAt(k); return k + 1;
            case 7: (entries[k], entries[other]) = (entries[other], entries[k]); return Math.Min(k, other) + 1;
            case 8:
                var (x, y) = (entries[k], entries[other]);
                entries[k] = SampleLog.Copy(y, sequence: x.Sequence);
                entries[other] = SampleLog.Copy(x, sequence: y.Sequence);
                return Math.Min(k, other) + 1;
            case 9: entries.RemoveRange(k, n - k); return k + 1;
            case 14: entries[k] = Replace(e, engineId: e.EngineId is null ? "comfyui" : null); return k + 1;
            case 15: entries[k] = Replace(e, productionId: Guid.NewGuid()); return k + 1;
            default:
                MutateCheckpoint(log.Checkpoints, kind, salt);
                return null;
        }
    }

    private static void MutateCheckpoint(List<AuditCheckpoint> checkpoints, int kind, int salt)
    {
        var i = salt % checkpoints.Count;
        var c = checkpoints[i];
        var signature = (byte[])c.Signature.Clone();
        if (kind == 10)
            signature[salt % signature.Length] ^= (byte)(1 + (salt % 255));
        checkpoints[i] = new AuditCheckpoint
        {
            ProductionId = c.ProductionId,
            Sequence = kind == 12 ? c.Sequence + 1 + (salt % 5) : c.Sequence,
            HeadHash = kind == 11 ? RandomHash() : c.HeadHash,
            Time = kind == 13 ? c.Time.AddTicks(10) : c.Time,
            KeyId = c.KeyId,
            Signature = signature,
        };
    }

    private static AuditEntry Replace(AuditEntry e, string? engineId = null, Guid? productionId = null) => new()
    {
        ProductionId = productionId ?? e.ProductionId,
        Sequence = e.Sequence,
        Time = e.Time,
        Actor = e.Actor,
        Action = e.Action,
        SubjectIds = e.SubjectIds,
        AssetSha256s = e.AssetSha256s,
        EngineId = productionId is null ? engineId : e.EngineId,
        Details = e.Details,
        PreviousHash = e.PreviousHash,
        Hash = e.Hash,
    };

    private static string RandomHash() => Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
}
