using System.Text;
using System.Text.Json;

namespace Backlot.Provenance.Audit;

/// <summary>What happened, as the caller says it: an <see cref="AuditEntry"/> before it has a place in the chain.</summary>
public sealed record AuditEvent
{
    public const int MaxTextLength = 400;
    public const int MaxDetailsLength = 64 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Who did it: a user, a token name, <c>cli</c>, a worker.</summary>
    public required string Actor { get; init; }

    /// <summary>What was done, e.g. <see cref="AuditActions.ExportFrame"/>.</summary>
    public required string Action { get; init; }

    /// <summary>Ids of what it was done to (shots, takes, exports).</summary>
    public IReadOnlyList<string> SubjectIds { get; init; } = [];

    /// <summary>Lower-case hex SHA-256 of each asset involved.</summary>
    public IReadOnlyList<string> AssetSha256s { get; init; } = [];

    public string? EngineId { get; init; }

    /// <summary>Free details as a JSON document; kept byte for byte as given.</summary>
    public string? Details { get; init; }

    /// <summary>Throws <see cref="ProvenanceException"/> naming the first field a user must fix.</summary>
    public void Validate()
    {
        Text("actor", Actor, required: true);
        Text("action", Action, required: true);
        Text("engine id", EngineId, required: false);
        foreach (var id in SubjectIds)
            Text("subject id", id, required: true);
        foreach (var sha in AssetSha256s)
        {
            if (sha is null || sha.Length != 64 || !sha.All(char.IsAsciiHexDigitLower))
                throw new ProvenanceException($"audit entry: asset hash '{sha}' is not a lower-case hex SHA-256 (64 characters)");
        }

        if (Details is null)
            return;
        if (Details.Length > MaxDetailsLength)
            throw new ProvenanceException($"audit entry: details are at most {MaxDetailsLength} characters; these have {Details.Length}");
        try
        {
            using var _ = JsonDocument.Parse(Details);
        }
        catch (JsonException e)
        {
            throw new ProvenanceException($"audit entry: details are not a JSON document ({e.Message})", e);
        }
    }

    private static void Text(string field, string? value, bool required)
    {
        if (value is null)
        {
            if (required)
                throw new ProvenanceException($"audit entry: the {field} is missing");
            return;
        }

        if ((required && string.IsNullOrWhiteSpace(value)) || value.Length > MaxTextLength)
            throw new ProvenanceException($"audit entry: the {field} must be 1 to {MaxTextLength} characters");
        try
        {
            _ = StrictUtf8.GetByteCount(value);
        }
        catch (EncoderFallbackException e)
        {
            throw new ProvenanceException($"audit entry: the {field} is not valid Unicode text", e);
        }

        if (value.Contains('\0', StringComparison.Ordinal))
            throw new ProvenanceException($"audit entry: the {field} holds a NUL character");
    }
}
