namespace Backlot.Domain.Scripts;

/// <summary>One imported draft of a screenplay.</summary>
public sealed class ScriptDraft
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ProductionId { get; init; }

    /// <summary>1 for the first draft imported into the production, then 2, 3…</summary>
    public int DraftNumber { get; init; }

    public required string FileName { get; init; }

    /// <summary>"fountain" or "fdx".</summary>
    public required string Format { get; init; }

    /// <summary>SHA-256 of the source file, kept as an asset.</summary>
    public required string SourceSha256 { get; init; }

    public string? Title { get; init; }

    public DateTimeOffset ImportedAt { get; init; } = DateTimeOffset.UtcNow;
}
