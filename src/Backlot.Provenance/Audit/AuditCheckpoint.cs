namespace Backlot.Provenance.Audit;

/// <summary>
/// A signed statement "entry <see cref="Sequence"/> of this production's log has hash <see cref="HeadHash"/>":
/// entries up to it cannot be edited, dropped or rewritten without the production's private key.
/// </summary>
public sealed class AuditCheckpoint
{
    public required Guid ProductionId { get; init; }

    public required long Sequence { get; init; }

    /// <summary>Lower-case hex hash of entry <see cref="Sequence"/>.</summary>
    public required string HeadHash { get; init; }

    public required DateTimeOffset Time { get; init; }

    /// <summary>Which key signed it (<see cref="Keys.KeyIds.Of"/>).</summary>
    public required string KeyId { get; init; }

    /// <summary>ECDSA P-256 over SHA-256 of the canonical checkpoint, raw r‖s (64 bytes).</summary>
    public required byte[] Signature { get; init; }
}
