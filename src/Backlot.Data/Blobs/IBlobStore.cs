namespace Backlot.Data.Blobs;

/// <summary>
/// Content-addressed storage: a blob's name is the lower-case hex SHA-256 of its bytes, so writing the
/// same bytes twice stores them once. Every <c>sha256</c> argument must be 64 lower-case hex characters.
/// </summary>
public interface IBlobStore
{
    Task<BlobInfo> PutAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default);

    /// <summary>Streams to a temporary file while hashing, then moves it into place.</summary>
    Task<BlobInfo> PutAsync(Stream content, CancellationToken cancellationToken = default);

    /// <summary>The blob's bytes, or null when the store does not hold it.</summary>
    Task<Stream?> OpenReadAsync(string sha256, CancellationToken cancellationToken = default);

    Task<bool> ExistsAsync(string sha256, CancellationToken cancellationToken = default);

    /// <summary>True when a blob was deleted, false when there was none.</summary>
    Task<bool> DeleteAsync(string sha256, CancellationToken cancellationToken = default);

    IAsyncEnumerable<string> ListAsync(CancellationToken cancellationToken = default);
}
