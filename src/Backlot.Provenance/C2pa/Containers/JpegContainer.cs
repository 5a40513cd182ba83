using System.Buffers.Binary;

namespace Backlot.Provenance.C2pa.Containers;

/// <summary>
/// JPEG keeps the manifest store in APP11 segments (ISO 19566-5 JPEG XT boxes): <c>JP</c>, box instance, sequence
/// number, then the JUMBF; continuation segments repeat the superbox's 8-byte header, as c2pa-rs reads and writes them.
/// </summary>
internal sealed class JpegContainer : C2paContainer
{
    public static readonly JpegContainer Instance = new();

    private const int MaxChunk = 64000;
    private const int SegmentHeader = 4 + 8; // marker + length, then CI + En + Z
    private static readonly byte[] BoxInstance = [0x02, 0x11];

    public override string MediaType => "image/jpeg";

    public static bool Matches(ReadOnlySpan<byte> file) => file.Length >= 3 && file[0] == 0xFF && file[1] == 0xD8 && file[2] == 0xFF;

    public override ReadOnlyMemory<byte>? FindStore(ReadOnlyMemory<byte> file)
    {
        var (store, _) = Collect(file.Span);
        return store is null ? (ReadOnlyMemory<byte>?)null : store;
    }

    public override (byte[] Base, int InsertAt) RemoveStore(byte[] file)
    {
        var segments = JpegSegments.Read(file);
        var (_, used) = Collect(file);
        if (used.Count == 0)
        {
            // After SOI and the APP0 (JFIF) / APP1 (Exif, XMP) segments that readers expect first.
            var insertAt = 2;
            foreach (var segment in segments)
            {
                if (segment.Marker is not (0xE0 or 0xE1))
                    break;
                insertAt = segment.Offset + segment.TotalLength;
            }
            return (file, insertAt);
        }
        using var kept = new MemoryStream(file.Length);
        var from = 0;
        foreach (var segment in used)
        {
            kept.Write(file, from, segment.Offset - from);
            from = segment.Offset + segment.TotalLength;
        }
        kept.Write(file, from, file.Length - from);
        return (kept.ToArray(), used[0].Offset);
    }

    public override int WrappedLength(int storeLength)
    {
        var count = SegmentCount(storeLength);
        return storeLength + count * SegmentHeader + (count - 1) * 8;
    }

    public override void Wrap(ReadOnlySpan<byte> store, Span<byte> destination)
    {
        var count = SegmentCount(store.Length);
        var at = 0;
        for (var index = 0; index < count; index++)
        {
            var chunk = store.Slice(index * MaxChunk, Math.Min(MaxChunk, store.Length - index * MaxChunk));
            var repeat = index == 0 ? 0 : 8;
            var segment = destination[at..];
            segment[0] = 0xFF;
            segment[1] = 0xEB;
            BinaryPrimitives.WriteUInt16BigEndian(segment[2..], (ushort)(2 + 8 + repeat + chunk.Length));
            segment[4] = (byte)'J';
            segment[5] = (byte)'P';
            BoxInstance.CopyTo(segment[6..]);
            BinaryPrimitives.WriteUInt32BigEndian(segment[8..], (uint)(index + 1));
            if (repeat > 0)
                store[..8].CopyTo(segment[12..]);
            chunk.CopyTo(segment[(12 + repeat)..]);
            at += SegmentHeader + repeat + chunk.Length;
        }
    }

    private static int SegmentCount(int storeLength) => Math.Max(1, (storeLength + MaxChunk - 1) / MaxChunk);

    /// <summary>The reassembled store and the APP11 segments it came from (c2pa-rs's reading rules).</summary>
    private static (byte[]? Store, List<JpegSegment> Used) Collect(ReadOnlySpan<byte> file)
    {
        var used = new List<JpegSegment>();
        using var store = new MemoryStream();
        ushort instance = 0;
        uint sequence = 0;
        foreach (var segment in JpegSegments.Read(file))
        {
            if (segment.Marker != 0xEB || segment.ContentLength <= 16)
                continue;
            var content = file.Slice(segment.ContentOffset, segment.ContentLength);
            if (content[0] != 'J' || content[1] != 'P')
                continue;
            var en = BinaryPrimitives.ReadUInt16BigEndian(content[2..]);
            var z = BinaryPrimitives.ReadUInt32BigEndian(content[4..]);
            if (used.Count > 0 && en == instance)
            {
                if (z <= sequence)
                    continue;
                sequence = z;
                store.Write(content[16..]);
                used.Add(segment);
            }
            else if (used.Count == 0 && content.Length > 28 && BinaryPrimitives.ReadUInt32BigEndian(content[24..]) == 0x63327061)
            {
                store.Write(content[8..]);
                used.Add(segment);
                (instance, sequence) = (en, z);
            }
            if (store.Length > MaxStoreBytes)
                throw new ProvenanceException($"JPEG: the C2PA manifest store is larger than {MaxStoreBytes} bytes");
        }
        return (used.Count == 0 ? null : store.ToArray(), used);
    }
}
