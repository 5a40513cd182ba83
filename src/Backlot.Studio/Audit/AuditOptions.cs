namespace Backlot.Studio.Audit;

/// <summary>How the audit log is kept.</summary>
public sealed class AuditOptions
{
    /// <summary>A signed checkpoint is written with every entry whose sequence is a multiple of this (when the production has a key).</summary>
    public int CheckpointEvery { get; init; } = 100;

    /// <summary>How often an append is tried again when another writer took the same sequence number first.</summary>
    public int MaxAppendAttempts { get; init; } = 8;
}
