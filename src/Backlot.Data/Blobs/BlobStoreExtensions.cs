namespace Backlot.Data.Blobs;

public static class BlobStoreExtensions
{
    /// <summary>A blob's bytes, or null when the store does not hold it.</summary>
    public static async Task<byte[]?> ReadAllBytesAsync(this IBlobStore store, string sha256, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        await using var stream = await store.OpenReadAsync(sha256, cancellationToken);
        if (stream is null)
            return null;
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, cancellationToken);
        return copy.ToArray();
    }
}
