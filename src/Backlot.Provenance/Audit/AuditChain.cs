using System.Security.Cryptography;
using System.Text;

namespace Backlot.Provenance.Audit;

/// <summary>Links entries: each entry's hash covers the previous hash, so changing one entry breaks every later link.</summary>
public static class AuditChain
{
    private const string GenesisLabel = "backlot.audit.genesis.v1:";

    /// <summary>The "previous hash" of a production's first entry: SHA-256 of a label and the production id.</summary>
    public static string Genesis(Guid productionId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(GenesisLabel + productionId.ToString("D"))));

    /// <summary>The entry that follows <paramref name="previous"/> (null: the first one) with what <paramref name="what"/> says.</summary>
    public static AuditEntry Next(Guid productionId, AuditEntry? previous, AuditEvent what, DateTimeOffset time)
    {
        ArgumentNullException.ThrowIfNull(what);
        what.Validate();
        if (previous is not null && previous.ProductionId != productionId)
            throw new ProvenanceException($"audit entry {previous.Sequence} belongs to production {previous.ProductionId}, not {productionId}");

        var draft = new AuditEntry
        {
            ProductionId = productionId,
            Sequence = previous is null ? 1 : previous.Sequence + 1,
            Time = TruncateToMicroseconds(time),
            Actor = what.Actor,
            Action = what.Action,
            SubjectIds = [.. what.SubjectIds],
            AssetSha256s = [.. what.AssetSha256s],
            EngineId = what.EngineId,
            Details = what.Details,
            PreviousHash = previous?.Hash ?? Genesis(productionId),
            Hash = "",
        };
        return new AuditEntry
        {
            ProductionId = draft.ProductionId,
            Sequence = draft.Sequence,
            Time = draft.Time,
            Actor = draft.Actor,
            Action = draft.Action,
            SubjectIds = draft.SubjectIds,
            AssetSha256s = draft.AssetSha256s,
            EngineId = draft.EngineId,
            Details = draft.Details,
            PreviousHash = draft.PreviousHash,
            Hash = ComputeHash(draft) ?? throw new ProvenanceException("the previous audit hash is not hex"),
        };
    }

    /// <summary>SHA-256(previous hash bytes ‖ canonical entry) as lower-case hex; null when the stored previous hash is not 32 bytes of hex.</summary>
    public static string? ComputeHash(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!TryDecodeHash(entry.PreviousHash, out var previous))
            return null;
        var canonical = AuditCanonicalForm.Entry(entry);
        var input = new byte[previous.Length + canonical.Length];
        previous.CopyTo(input, 0);
        canonical.CopyTo(input, previous.Length);
        return Convert.ToHexStringLower(SHA256.HashData(input));
    }

    internal static bool TryDecodeHash(string? hex, out byte[] bytes)
    {
        bytes = [];
        if (hex is null || hex.Length != 64 || !hex.All(char.IsAsciiHexDigitLower))
            return false;
        bytes = Convert.FromHexString(hex);
        return true;
    }

    /// <summary>PostgreSQL keeps microseconds; SQLite keeps ticks. Whole microseconds hash the same after either.</summary>
    public static DateTimeOffset TruncateToMicroseconds(DateTimeOffset time)
    {
        var ticks = time.UtcTicks;
        return new DateTimeOffset(ticks - (ticks % 10), TimeSpan.Zero);
    }
}
