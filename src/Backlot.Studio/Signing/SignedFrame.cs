using System.Security.Cryptography;

namespace Backlot.Studio.Signing;

/// <summary>A frame ready to leave the studio: watermarked (when a watermarker is installed), encoded and signed.</summary>
/// <param name="SourceSha256">The stored asset it was made from.</param>
/// <param name="TakeId">The take it shows; null for an asset that no take made (an upload, a reference).</param>
public sealed record SignedFrame(
    Guid ProductionId, Guid? ShotId, Guid? TakeId, string FileName, string MediaType, byte[] Content, string SourceSha256, string? EngineId)
{
    /// <summary>Lower-case hex SHA-256 of <see cref="Content"/>.</summary>
    public string Sha256 { get; } = Convert.ToHexStringLower(SHA256.HashData(Content));
}
