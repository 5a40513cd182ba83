using System.Buffers.Binary;

namespace Backlot.Provenance.C2pa.Containers;

/// <summary>One JPEG marker segment: its marker byte, where it starts (at 0xFF) and where its content lies.</summary>
internal readonly record struct JpegSegment(int Offset, byte Marker, int ContentOffset, int ContentLength)
{
    public int TotalLength => ContentOffset + ContentLength - Offset;
}

/// <summary>Walks the marker segments of a JPEG up to the first scan (SOS); the entropy-coded data is not read.</summary>
internal static class JpegSegments
{
    public static List<JpegSegment> Read(ReadOnlySpan<byte> file)
    {
        if (file.Length < 4 || file[0] != 0xFF || file[1] != 0xD8)
            throw new ProvenanceException("JPEG: the file does not start with SOI (FF D8)");
        var segments = new List<JpegSegment>();
        var offset = 2;
        while (offset < file.Length)
        {
            if (file[offset] != 0xFF)
                throw new ProvenanceException($"JPEG: expected a marker at byte {offset}");
            var start = offset;
            while (offset < file.Length && file[offset] == 0xFF)
                offset++;
            if (offset >= file.Length)
                break;
            var marker = file[offset++];
            if (marker is 0xD9 or 0xDA)
                break;
            if (marker is 0x01 or (>= 0xD0 and <= 0xD8))
                continue;
            if (offset + 2 > file.Length)
                throw new ProvenanceException($"JPEG: the segment at byte {start} is truncated");
            var length = BinaryPrimitives.ReadUInt16BigEndian(file[offset..]);
            if (length < 2 || offset + length > file.Length)
                throw new ProvenanceException($"JPEG: the segment at byte {start} claims {length} bytes, past the end of the file");
            segments.Add(new JpegSegment(start, marker, offset + 2, length - 2));
            offset += length;
        }
        return segments;
    }
}
