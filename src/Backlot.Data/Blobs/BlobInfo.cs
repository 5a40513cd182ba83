namespace Backlot.Data.Blobs;

/// <summary>A stored blob: its lower-case hex SHA-256, its size, and whether the store already held it.</summary>
public sealed record BlobInfo(string Sha256, long Size, bool AlreadyExisted);
