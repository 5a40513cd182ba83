using System.Buffers.Binary;
using System.Text;

namespace Backlot.Provenance.C2pa.Jumbf;

/// <summary>Parses JUMBF boxes defensively: every length is checked against its parent, depth and count are capped.</summary>
internal static class JumbfReader
{
    private const int MaxDepth = 16;
    private const int MaxBoxes = 20_000;
    private const int MaxLabelBytes = 1024;

    /// <summary>Parses the single top-level superbox in <paramref name="data"/>.</summary>
    public static JumbfBox ReadSuperbox(ReadOnlyMemory<byte> data)
    {
        var count = 0;
        var boxes = ReadBoxes(data, 0, ref count);
        if (boxes.Count == 0 || !boxes[0].IsSuperbox)
            throw new ProvenanceException("C2PA manifest store: the data does not start with a JUMBF superbox");
        return boxes[0];
    }

    private static List<JumbfBox> ReadBoxes(ReadOnlyMemory<byte> data, int depth, ref int count)
    {
        if (depth > MaxDepth)
            throw new ProvenanceException($"C2PA manifest store: JUMBF boxes nest deeper than {MaxDepth}");
        var boxes = new List<JumbfBox>();
        var offset = 0;
        while (offset < data.Length)
        {
            if (++count > MaxBoxes)
                throw new ProvenanceException($"C2PA manifest store: more than {MaxBoxes} JUMBF boxes");
            var (type, header, length) = ReadHeader(data.Span[offset..], offset);
            var payload = data.Slice(offset + header, (int)(length - header));
            boxes.Add(type == JumbfTypes.Superbox ? ReadSuperboxPayload(payload, depth, ref count)
                : new JumbfBox(type, 0, null, payload, []));
            offset += (int)length;
        }
        return boxes;
    }

    private static (uint Type, int Header, long Length) ReadHeader(ReadOnlySpan<byte> span, int at)
    {
        if (span.Length < 8)
            throw new ProvenanceException($"C2PA manifest store: truncated JUMBF box header at byte {at}");
        long length = BinaryPrimitives.ReadUInt32BigEndian(span);
        var type = BinaryPrimitives.ReadUInt32BigEndian(span[4..]);
        var header = 8;
        if (length == 1)
        {
            if (span.Length < 16)
                throw new ProvenanceException($"C2PA manifest store: truncated JUMBF extended length at byte {at}");
            var extended = BinaryPrimitives.ReadUInt64BigEndian(span[8..]);
            length = extended > int.MaxValue ? long.MaxValue : (long)extended;
            header = 16;
        }
        else if (length == 0)
        {
            length = span.Length;
        }
        if (length < header || length > span.Length)
            throw new ProvenanceException($"C2PA manifest store: JUMBF box at byte {at} claims {length} bytes, {span.Length} are left");
        return (type, header, length);
    }

    private static JumbfBox ReadSuperboxPayload(ReadOnlyMemory<byte> payload, int depth, ref int count)
    {
        var span = payload.Span;
        var (type, header, length) = ReadHeader(span, 0);
        if (type != JumbfTypes.Description || length < header + 17)
            throw new ProvenanceException("C2PA manifest store: a JUMBF superbox does not start with a description box");
        var description = span[header..(int)length];
        var fourCc = JumbfTypes.FourCcOf(description[..16]);
        string? label = null;
        if ((description[16] & 0x02) != 0)
        {
            var rest = description[17..];
            var end = rest.IndexOf((byte)0);
            if (end < 0 || end > MaxLabelBytes)
                throw new ProvenanceException("C2PA manifest store: a JUMBF description label is not terminated");
            label = Encoding.UTF8.GetString(rest[..end]);
        }
        var children = ReadBoxes(payload[(int)length..], depth + 1, ref count);
        return new JumbfBox(JumbfTypes.Superbox, fourCc, label, payload, children);
    }
}
