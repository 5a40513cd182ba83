namespace Backlot.Provenance.Audit;

/// <summary>How a log was damaged, as far as the verifier can tell.</summary>
public enum AuditDamageKind
{
    /// <summary>An entry's content no longer hashes to its stored hash.</summary>
    Edited,

    /// <summary>An entry is missing: a gap in the sequence, or an entry whose previous hash is not its predecessor's.</summary>
    Deleted,

    /// <summary>An entry sits before the entry it links to.</summary>
    Reordered,

    /// <summary>A signed checkpoint covers more entries than the log holds.</summary>
    Truncated,

    /// <summary>The entries hash consistently, but not to the head a checkpoint signed: they were rewritten (hashes recomputed) or cut and written again.</summary>
    Rewritten,

    /// <summary>A checkpoint's signature does not verify with a trusted key of the production.</summary>
    BadCheckpointSignature,
}

/// <summary>The first damage found: <see cref="Sequence"/> is the first entry (or checkpoint) that cannot be trusted.</summary>
public sealed record AuditDamage(AuditDamageKind Kind, long Sequence, string Message);

/// <summary>The verifier's answer for one production's log.</summary>
public sealed record AuditVerification(
    Guid ProductionId,
    long Entries,
    int Checkpoints,
    string? HeadHash,
    long SignedThrough,
    AuditDamage? FirstDamage)
{
    public bool IsIntact => FirstDamage is null;

    /// <summary>Entries after the last valid checkpoint: chained, but not yet signed.</summary>
    public long Unsigned => IsIntact ? Entries - SignedThrough : 0;
}
