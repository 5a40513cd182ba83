namespace Backlot.Domain.Assets;

/// <summary>An immutable blob addressed by its SHA-256, with what it is and where it came from.</summary>
public sealed class Asset
{
    /// <summary>Lower-case hex SHA-256 of the bytes: the asset's identity.</summary>
    public required string Sha256 { get; init; }

    public required string MediaType { get; init; }

    public long Size { get; init; }

    public int? Width { get; init; }

    public int? Height { get; init; }

    /// <summary>The take that produced it, if any.</summary>
    public Guid? SourceTakeId { get; init; }

    /// <summary>The production it belongs to (assets are never shared across productions' access).</summary>
    public Guid? ProductionId { get; init; }

    /// <summary>SHA-256 of the assets it was made from.</summary>
    public List<string> Parents { get; init; } = [];

    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;

    public static bool IsValidSha256(string? value) =>
        value is { Length: 64 } && value.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');
}
