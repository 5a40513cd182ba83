namespace Backlot.Provenance.C2pa.Containers;

/// <summary>Where a file format keeps a C2PA manifest store, and how to put one there.</summary>
internal abstract class C2paContainer
{
    /// <summary>The largest manifest store we read or write (64 MiB); anything larger is refused as hostile.</summary>
    public const int MaxStoreBytes = 64 * 1024 * 1024;

    public abstract string MediaType { get; }

    /// <summary>The manifest store's JUMBF bytes, or null when the file carries none.</summary>
    public abstract ReadOnlyMemory<byte>? FindStore(ReadOnlyMemory<byte> file);

    /// <summary>The file without any manifest store it carried, and the offset where a new store goes.</summary>
    public abstract (byte[] Base, int InsertAt) RemoveStore(byte[] file);

    /// <summary>How many bytes the store takes once wrapped in the format's chunks or segments.</summary>
    public abstract int WrappedLength(int storeLength);

    /// <summary>Writes the wrapped store into <paramref name="destination"/>, exactly <see cref="WrappedLength"/> bytes.</summary>
    public abstract void Wrap(ReadOnlySpan<byte> store, Span<byte> destination);

    public static C2paContainer For(ReadOnlySpan<byte> file) =>
        PngContainer.Matches(file) ? PngContainer.Instance
        : JpegContainer.Matches(file) ? JpegContainer.Instance
        : throw new ProvenanceException("C2PA: the file is neither a PNG nor a JPEG (unknown signature)");
}
