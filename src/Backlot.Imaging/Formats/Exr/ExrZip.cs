using System.Buffers;
using System.IO.Compression;

namespace Backlot.Imaging.Formats.Exr;

/// <summary>
/// OpenEXR's ZIP/ZIPS codec: bytes split into even and odd halves, each byte replaced by its difference
/// from the previous one (+128), then zlib. Decoding never writes past the size the caller expects.
/// </summary>
internal static class ExrZip
{
    private const CompressionLevel Level = CompressionLevel.Optimal;

    public static byte[] Compress(ReadOnlySpan<byte> raw)
    {
        var tmp = ArrayPool<byte>.Shared.Rent(raw.Length);
        try
        {
            var t = tmp.AsSpan(0, raw.Length);
            var half = (raw.Length + 1) / 2;
            for (var i = 0; i < raw.Length; i++)
                t[(i & 1) == 0 ? i / 2 : half + (i / 2)] = raw[i];
            var previous = t.IsEmpty ? 0 : t[0];
            for (var i = 1; i < t.Length; i++)
            {
                var current = t[i];
                t[i] = unchecked((byte)(current - previous + 128));
                previous = current;
            }

            using var output = new MemoryStream();
            using (var z = new ZLibStream(output, Level, leaveOpen: true))
                z.Write(t);
            return output.ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(tmp);
        }
    }

    /// <summary>Inflates <paramref name="packed"/> into exactly <paramref name="raw"/>.Length bytes and undoes predictor and interleave.</summary>
    /// <param name="where">Names the chunk in error messages, e.g. "chunk 3 (y = 48)".</param>
    public static void Decompress(ReadOnlySpan<byte> packed, Span<byte> raw, string where)
    {
        var input = ArrayPool<byte>.Shared.Rent(packed.Length);
        var tmp = ArrayPool<byte>.Shared.Rent(raw.Length);
        try
        {
            packed.CopyTo(input);
            var t = tmp.AsSpan(0, raw.Length);
            int read;
            bool extra;
            try
            {
                using var z = new ZLibStream(new MemoryStream(input, 0, packed.Length, writable: false), CompressionMode.Decompress);
                read = z.ReadAtLeast(t, t.Length, throwOnEndOfStream: false);
                Span<byte> probe = stackalloc byte[1];
                extra = read == t.Length && z.Read(probe) > 0;
            }
            catch (InvalidDataException e)
            {
                throw new InvalidDataException($"EXR {where}: the zlib data is corrupt ({e.Message})", e);
            }

            if (read < t.Length)
                throw new InvalidDataException($"EXR {where}: the zlib data decompresses to {read} bytes, not the {t.Length} the data window needs");
            if (extra)
                throw new InvalidDataException($"EXR {where}: the zlib data decompresses to more than the {t.Length} bytes the data window needs");

            for (var i = 1; i < t.Length; i++)
                t[i] = unchecked((byte)(t[i - 1] + t[i] - 128));
            var half = (t.Length + 1) / 2;
            for (var i = 0; i < t.Length; i++)
                raw[i] = t[(i & 1) == 0 ? i / 2 : half + (i / 2)];
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(input);
            ArrayPool<byte>.Shared.Return(tmp);
        }
    }
}
