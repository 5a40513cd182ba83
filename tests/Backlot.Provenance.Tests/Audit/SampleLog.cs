using System.Security.Cryptography;
using Backlot.Provenance.Audit;

namespace Backlot.Provenance.Tests.Audit;

/// <summary>A production's log built with the real chain and signer: entries, checkpoints every few entries, and the key.</summary>
internal sealed class SampleLog : IDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    public SampleLog(int count, int checkpointEvery = 5, bool checkpointHead = true, Guid? productionId = null)
    {
        ProductionId = productionId ?? Guid.NewGuid();
        AuditEntry? previous = null;
        for (var i = 0; i < count; i++)
        {
            previous = AuditChain.Next(ProductionId, previous, Event(i), Start.AddSeconds(i).AddTicks(i * 7));
            Entries.Add(previous);
            if (checkpointEvery > 0 && previous.Sequence % checkpointEvery == 0)
                Checkpoints.Add(AuditCheckpoints.Sign(previous, previous.Time, Key));
        }

        if (checkpointHead && previous is not null && (checkpointEvery == 0 || previous.Sequence % checkpointEvery != 0))
            Checkpoints.Add(AuditCheckpoints.Sign(previous, previous.Time.AddSeconds(1), Key));
        Keys = new AuditKeyRing().Add(Key);
    }

    public Guid ProductionId { get; }

    public ECDsa Key { get; } = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public AuditKeyRing Keys { get; }

    public List<AuditEntry> Entries { get; } = [];

    public List<AuditCheckpoint> Checkpoints { get; } = [];

    public AuditVerification Verify() => AuditLogVerifier.Verify(ProductionId, Entries, Checkpoints, Keys);

    public static AuditEvent Event(int i) => new()
    {
        Actor = i % 2 == 0 ? "ana@studio" : "worker-1",
        Action = (i % 4) switch
        {
            0 => AuditActions.ExportFrame,
            1 => AuditActions.AssetSentToEngine,
            2 => AuditActions.EngineRefused,
            _ => AuditActions.Download,
        },
        SubjectIds = [$"shot-{i}", $"take-{i}"],
        AssetSha256s = [Convert.ToHexStringLower(SHA256.HashData([(byte)i]))],
        EngineId = i % 3 == 0 ? null : "previs",
        Details = i % 2 == 0 ? $$"""{"frame":{{i}},"note":"été"}""" : null,
    };

    /// <summary>A copy of an entry with some fields changed, as an UPDATE in the database would leave it.</summary>
    public static AuditEntry Copy(
        AuditEntry e, long? sequence = null, string? actor = null, string? details = null, string? previousHash = null, string? hash = null, DateTimeOffset? time = null) =>
        new()
        {
            ProductionId = e.ProductionId,
            Sequence = sequence ?? e.Sequence,
            Time = time ?? e.Time,
            Actor = actor ?? e.Actor,
            Action = e.Action,
            SubjectIds = e.SubjectIds,
            AssetSha256s = e.AssetSha256s,
            EngineId = e.EngineId,
            Details = details ?? e.Details,
            PreviousHash = previousHash ?? e.PreviousHash,
            Hash = hash ?? e.Hash,
        };

    public void Dispose()
    {
        Keys.Dispose();
        Key.Dispose();
    }
}
