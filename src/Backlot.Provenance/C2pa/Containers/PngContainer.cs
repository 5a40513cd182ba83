using System.Buffers.Binary;

namespace Backlot.Provenance.C2pa.Containers;

/// <summary>PNG keeps the manifest store in one <c>caBX</c> chunk; we place it right after IHDR, as c2pa-rs does.</summary>
internal sealed class PngContainer : C2paContainer
{
    public static readonly PngContainer Instance = new();

    private const uint Ihdr = 0x49484452;
    private const uint Cabx = 0x63614258;
    private const uint Iend = 0x49454E44;
    private static ReadOnlySpan<byte> Signature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public override string MediaType => "image/png";

    public static bool Matches(ReadOnlySpan<byte> file) => file.StartsWith(Signature);

    public override ReadOnlyMemory<byte>? FindStore(ReadOnlyMemory<byte> file)
    {
        foreach (var chunk in Chunks(file.Span))
        {
            if (chunk.Type == Cabx)
                return file.Slice(chunk.Offset + 8, chunk.DataLength);
        }
        return null;
    }

    public override (byte[] Base, int InsertAt) RemoveStore(byte[] file)
    {
        var chunks = Chunks(file);
        if (chunks.Count == 0 || chunks[0].Type != Ihdr)
            throw new ProvenanceException("PNG: the first chunk is not IHDR");
        var insertAt = chunks[0].Offset + chunks[0].TotalLength;
        var existing = chunks.Where(c => c.Type == Cabx).ToList();
        if (existing.Count == 0)
            return (file, insertAt);
        using var kept = new MemoryStream(file.Length);
        var from = 0;
        foreach (var chunk in existing)
        {
            kept.Write(file, from, chunk.Offset - from);
            from = chunk.Offset + chunk.TotalLength;
        }
        kept.Write(file, from, file.Length - from);
        return (kept.ToArray(), insertAt);
    }

    public override int WrappedLength(int storeLength) => 12 + storeLength;

    public override void Wrap(ReadOnlySpan<byte> store, Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt32BigEndian(destination, (uint)store.Length);
        BinaryPrimitives.WriteUInt32BigEndian(destination[4..], Cabx);
        store.CopyTo(destination[8..]);
        BinaryPrimitives.WriteUInt32BigEndian(destination[(8 + store.Length)..], Crc32.Compute(destination[4..(8 + store.Length)]));
    }

    private readonly record struct Chunk(int Offset, uint Type, int DataLength)
    {
        public int TotalLength => DataLength + 12;
    }

    private static List<Chunk> Chunks(ReadOnlySpan<byte> file)
    {
        if (!Matches(file))
            throw new ProvenanceException("PNG: the file does not start with the PNG signature");
        var chunks = new List<Chunk>();
        var offset = Signature.Length;
        while (offset + 12 <= file.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(file[offset..]);
            var type = BinaryPrimitives.ReadUInt32BigEndian(file[(offset + 4)..]);
            if (length > (uint)(file.Length - offset - 12))
                throw new ProvenanceException($"PNG: the chunk at byte {offset} claims {length} bytes, past the end of the file");
            chunks.Add(new Chunk(offset, type, (int)length));
            offset += (int)length + 12;
            if (type == Iend)
                return chunks;
        }
        throw new ProvenanceException("PNG: the file ends before its IEND chunk");
    }
}
