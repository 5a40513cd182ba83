using System.Buffers.Binary;
using System.Text;

namespace Backlot.Provenance.C2pa.Jumbf;

/// <summary>Writes JUMBF superboxes: a description box (UUID, toggles, label) followed by content or child boxes.</summary>
internal static class JumbfWriter
{
    private const byte RequestableWithLabel = 0x03;

    /// <summary>The payload of a superbox (description box + children), without the superbox's own 8-byte header.</summary>
    public static byte[] SuperboxPayload(uint uuidFourCc, string label, params ReadOnlySpan<byte[]> children)
    {
        var labelBytes = Encoding.UTF8.GetBytes(label);
        var descriptionLength = 8 + 16 + 1 + labelBytes.Length + 1;
        var length = descriptionLength;
        foreach (var child in children)
            length += child.Length;
        var payload = new byte[length];
        var span = payload.AsSpan();
        BinaryPrimitives.WriteUInt32BigEndian(span, (uint)descriptionLength);
        BinaryPrimitives.WriteUInt32BigEndian(span[4..], JumbfTypes.Description);
        JumbfTypes.WriteUuid(uuidFourCc, span[8..]);
        span[24] = RequestableWithLabel;
        labelBytes.CopyTo(span[25..]);
        span[25 + labelBytes.Length] = 0;
        var offset = descriptionLength;
        foreach (var child in children)
        {
            child.CopyTo(span[offset..]);
            offset += child.Length;
        }
        return payload;
    }

    /// <summary>A superbox around a payload made by <see cref="SuperboxPayload"/>.</summary>
    public static byte[] Superbox(byte[] payload) => Box(JumbfTypes.Superbox, payload);

    public static byte[] Superbox(uint uuidFourCc, string label, params ReadOnlySpan<byte[]> children) =>
        Superbox(SuperboxPayload(uuidFourCc, label, children));

    /// <summary>A plain box: 4-byte big-endian length (header included), 4-byte type, content.</summary>
    public static byte[] Box(uint type, ReadOnlySpan<byte> content)
    {
        var box = new byte[8 + content.Length];
        BinaryPrimitives.WriteUInt32BigEndian(box, (uint)box.Length);
        BinaryPrimitives.WriteUInt32BigEndian(box.AsSpan(4), type);
        content.CopyTo(box.AsSpan(8));
        return box;
    }
}
