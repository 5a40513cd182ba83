using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Backlot.Imaging.Formats.Png;

/// <summary>
/// Writes PNG (ISO/IEC 15948). Deterministic: the same pixels give the same bytes (fixed zlib level,
/// filter chosen per row by a fixed rule, no time stamps). Opaque images are written as RGB8, others as RGBA8.
/// </summary>
public static class PngEncoder
{
    private const CompressionLevel Level = CompressionLevel.Optimal;

    public static byte[] Encode(RgbaImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var opaque = IsOpaque(image.Pixels);
        var channels = opaque ? 3 : 4;
        var stride = image.Width * channels;
        var raw = new byte[image.Height * stride];
        if (opaque)
        {
            var px = image.Pixels;
            for (int i = 0, o = 0; i < px.Length; i += 4, o += 3)
            {
                raw[o] = px[i];
                raw[o + 1] = px[i + 1];
                raw[o + 2] = px[i + 2];
            }
        }
        else
        {
            image.Pixels.CopyTo(raw, 0);
        }

        return Write(image.Width, image.Height, 8, opaque ? PngConstants.ColourRgb : PngConstants.ColourRgba, raw, channels, srgb: true);
    }

    /// <summary>16-bit grayscale (depth maps and other data); no sRGB chunk since the values are not colours.</summary>
    public static byte[] EncodeGray16(ushort[] values, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (width < 1 || height < 1 || width > PngConstants.MaxSide || height > PngConstants.MaxSide)
            throw new ArgumentOutOfRangeException(nameof(width), $"a PNG here is between 1×1 and {PngConstants.MaxSide}×{PngConstants.MaxSide}, not {width}×{height}");
        if (values.Length != width * height)
            throw new ArgumentException($"expected {width * height} values for {width}×{height}, got {values.Length}", nameof(values));
        var raw = new byte[values.Length * 2];
        for (var i = 0; i < values.Length; i++)
            BinaryPrimitives.WriteUInt16BigEndian(raw.AsSpan(i * 2), values[i]);
        return Write(width, height, 16, PngConstants.ColourGray, raw, 2, srgb: false);
    }

    private static bool IsOpaque(byte[] rgba)
    {
        for (var i = 3; i < rgba.Length; i += 4)
        {
            if (rgba[i] != 255)
                return false;
        }

        return true;
    }

    private static byte[] Write(int width, int height, byte bitDepth, byte colourType, byte[] raw, int bytesPerPixel, bool srgb)
    {
        using var output = new MemoryStream();
        output.Write(PngConstants.Signature);

        Span<byte> ihdr = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr[4..], height);
        ihdr[8] = bitDepth;
        ihdr[9] = colourType;
        ihdr[10] = 0; // deflate
        ihdr[11] = 0; // adaptive filtering
        ihdr[12] = 0; // not interlaced
        WriteChunk(output, "IHDR", ihdr);
        if (srgb)
            WriteChunk(output, "sRGB", [0]); // perceptual intent

        var stride = raw.Length / height;
        using (var compressed = new MemoryStream())
        {
            using (var z = new ZLibStream(compressed, Level, leaveOpen: true))
            {
                var filtered = new byte[stride + 1];
                var prior = new byte[stride];
                for (var y = 0; y < height; y++)
                {
                    var row = raw.AsSpan(y * stride, stride);
                    PngFilters.FilterBest(row, prior, bytesPerPixel, filtered);
                    z.Write(filtered);
                    row.CopyTo(prior);
                }
            }

            // Several IDAT chunks of at most 256 KiB, as most encoders write.
            var data = compressed.GetBuffer().AsSpan(0, (int)compressed.Length);
            const int max = 256 * 1024;
            do
            {
                var n = Math.Min(max, data.Length);
                WriteChunk(output, "IDAT", data[..n]);
                data = data[n..];
            }
            while (!data.IsEmpty);
        }

        WriteChunk(output, "IEND", []);
        return output.ToArray();
    }

    private static void WriteChunk(Stream output, string type, ReadOnlySpan<byte> data)
    {
        Span<byte> head = stackalloc byte[8];
        BinaryPrimitives.WriteInt32BigEndian(head, data.Length);
        Encoding.ASCII.GetBytes(type, head[4..]);
        output.Write(head);
        output.Write(data);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, PngCrc.Compute(head[4..], data));
        output.Write(crc);
    }
}
