using System.Buffers.Binary;
using System.Text;

namespace Backlot.Imaging.Formats.Exr;

/// <summary>
/// Writes single-part scanline OpenEXR 2 files (NONE, ZIPS or ZIP). Channels are stored sorted by name,
/// linear, sampling 1×1; line order is increasing y. Deterministic: the same image gives the same bytes.
/// </summary>
public static class ExrWriter
{
    public static byte[] Write(ExrImage image, ExrCompression compression = ExrCompression.Zip)
    {
        ArgumentNullException.ThrowIfNull(image);
        var code = ExrConstants.ToByte(compression);
        var channels = image.Channels.OrderBy(c => c.Name, StringComparer.Ordinal).ToArray();
        var longNames = channels.Any(c => Encoding.UTF8.GetByteCount(c.Name) > ExrConstants.ShortNameMax);
        if (channels.FirstOrDefault(c => Encoding.UTF8.GetByteCount(c.Name) > ExrConstants.LongNameMax) is { } tooLong)
            throw new ArgumentException($"EXR channel name '{tooLong.Name}' is longer than {ExrConstants.LongNameMax} bytes", nameof(image));

        using var output = new MemoryStream();
        using var w = new BinaryWriter(output, Encoding.UTF8, leaveOpen: true);
        w.Write(ExrConstants.Magic);
        w.Write(ExrConstants.Version | (longNames ? ExrConstants.LongNamesFlag : 0));

        WriteAttribute(w, "channels", "chlist", ChannelList(channels));
        WriteAttribute(w, "compression", "compression", [code]);
        WriteAttribute(w, "dataWindow", "box2i", Box(image.DataWindow));
        WriteAttribute(w, "displayWindow", "box2i", Box(image.DisplayWindow ?? image.DataWindow));
        WriteAttribute(w, "lineOrder", "lineOrder", [0]); // INCREASING_Y
        WriteAttribute(w, "pixelAspectRatio", "float", Floats(image.PixelAspectRatio));
        WriteAttribute(w, "screenWindowCenter", "v2f", Floats(0f, 0f));
        WriteAttribute(w, "screenWindowWidth", "float", Floats(1f));
        w.Write((byte)0);
        w.Flush();

        var linesPerChunk = ExrConstants.LinesPerChunk(compression);
        var chunkCount = (image.Height + linesPerChunk - 1) / linesPerChunk;
        var tableStart = output.Position;
        output.Write(new byte[chunkCount * 8]);
        var offsets = new long[chunkCount];

        var lineBytes = channels.Sum(c => (c.Type == ExrPixelType.Half ? 2 : 4) * image.Width);
        var raw = new byte[lineBytes * linesPerChunk];
        for (var chunk = 0; chunk < chunkCount; chunk++)
        {
            var y0 = chunk * linesPerChunk;
            var lines = Math.Min(linesPerChunk, image.Height - y0);
            var rawChunk = raw.AsSpan(0, lines * lineBytes);
            Pack(image.Width, channels, y0, lines, rawChunk);

            // OpenEXR stores a chunk raw when compressing would not make it smaller.
            ReadOnlySpan<byte> data = rawChunk;
            if (compression != ExrCompression.None)
            {
                var packed = ExrZip.Compress(rawChunk);
                if (packed.Length < rawChunk.Length)
                    data = packed;
            }

            offsets[chunk] = output.Position;
            w.Write(image.OriginY + y0);
            w.Write(data.Length);
            w.Flush();
            output.Write(data);
        }

        output.Position = tableStart;
        foreach (var offset in offsets)
            w.Write((ulong)offset);
        w.Flush();
        return output.ToArray();
    }

    /// <summary>Lays out lines y0..y0+lines: for each line, each channel's row of little-endian samples.</summary>
    private static void Pack(int width, ExrChannel[] channels, int y0, int lines, Span<byte> raw)
    {
        var o = 0;
        for (var y = y0; y < y0 + lines; y++)
        {
            foreach (var c in channels)
            {
                var row = c.Data.AsSpan(y * width, width);
                if (c.Type == ExrPixelType.Half)
                {
                    foreach (var v in row)
                    {
                        BinaryPrimitives.WriteHalfLittleEndian(raw[o..], (Half)v);
                        o += 2;
                    }
                }
                else
                {
                    foreach (var v in row)
                    {
                        BinaryPrimitives.WriteSingleLittleEndian(raw[o..], v);
                        o += 4;
                    }
                }
            }
        }
    }

    private static byte[] ChannelList(ExrChannel[] channels)
    {
        using var ms = new MemoryStream();
        using var w = new BinaryWriter(ms, Encoding.UTF8);
        foreach (var c in channels)
        {
            w.Write(Encoding.UTF8.GetBytes(c.Name));
            w.Write((byte)0);
            w.Write(c.Type == ExrPixelType.Half ? ExrConstants.PixelHalf : ExrConstants.PixelFloat);
            w.Write((byte)1); // pLinear
            w.Write((byte)0);
            w.Write((byte)0);
            w.Write((byte)0);
            w.Write(1); // xSampling
            w.Write(1); // ySampling
        }

        w.Write((byte)0);
        w.Flush();
        return ms.ToArray();
    }

    private static byte[] Box(ExrBox b)
    {
        var bytes = new byte[16];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, b.XMin);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), b.YMin);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(8), b.XMax);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(12), b.YMax);
        return bytes;
    }

    private static byte[] Floats(params ReadOnlySpan<float> values)
    {
        var bytes = new byte[values.Length * 4];
        for (var i = 0; i < values.Length; i++)
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * 4), values[i]);
        return bytes;
    }

    private static void WriteAttribute(BinaryWriter w, string name, string type, byte[] value)
    {
        w.Write(Encoding.ASCII.GetBytes(name));
        w.Write((byte)0);
        w.Write(Encoding.ASCII.GetBytes(type));
        w.Write((byte)0);
        w.Write(value.Length);
        w.Write(value);
    }
}
