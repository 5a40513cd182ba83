namespace Backlot.Provenance.Audit;

/// <summary>
/// One link of a production's audit chain. <see cref="Hash"/> = SHA-256(<see cref="PreviousHash"/> ‖ canonical form),
/// see <see cref="AuditChain"/>. Entries are never changed once written; the verifier notices when one is.
/// </summary>
public sealed class AuditEntry
{
    public required Guid ProductionId { get; init; }

    /// <summary>1, 2, 3… per production, without gaps.</summary>
    public required long Sequence { get; init; }

    /// <summary>UTC, whole microseconds (what every database keeps exactly).</summary>
    public required DateTimeOffset Time { get; init; }

    public required string Actor { get; init; }

    public required string Action { get; init; }

    public IReadOnlyList<string> SubjectIds { get; init; } = [];

    public IReadOnlyList<string> AssetSha256s { get; init; } = [];

    public string? EngineId { get; init; }

    public string? Details { get; init; }

    /// <summary>Lower-case hex; the production's genesis value for entry 1.</summary>
    public required string PreviousHash { get; init; }

    /// <summary>Lower-case hex SHA-256 of the previous hash and this entry's canonical form.</summary>
    public required string Hash { get; init; }
}
