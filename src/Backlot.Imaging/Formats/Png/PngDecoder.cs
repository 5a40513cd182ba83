using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Backlot.Imaging.Formats.Png;

/// <summary>
/// Reads PNG (ISO/IEC 15948): 8-bit gray, gray+alpha, RGB, RGBA and palette images, not interlaced
/// (16-bit gray through <see cref="DecodeGray16"/>). Every chunk's CRC, length and order is checked and a
/// bad file is an <see cref="InvalidDataException"/> that names the problem. Sizes above 16384 and
/// headers that claim more pixels than the data could hold are refused before anything large is allocated.
/// </summary>
public static class PngDecoder
{
    public static RgbaImage Decode(ReadOnlySpan<byte> png)
    {
        var file = Parse(png);
        var h = file.Header;
        if (h.BitDepth != 8)
            throw new InvalidDataException($"PNG has bit depth {h.BitDepth} for colour type {h.ColourType}; only 8-bit images decode to RGBA (16-bit gray: use DecodeGray16)");
        var raw = Inflate(file);
        var bpp = h.Channels;
        var stride = h.Width * bpp;
        Unfilter(raw, h.Height, stride, bpp);

        var pixels = new byte[h.Width * h.Height * 4];
        for (var y = 0; y < h.Height; y++)
        {
            var row = raw.AsSpan((y * (stride + 1)) + 1, stride);
            var o = y * h.Width * 4;
            for (var x = 0; x < h.Width; x++, o += 4)
            {
                switch (h.ColourType)
                {
                    case PngConstants.ColourGray:
                        pixels[o] = pixels[o + 1] = pixels[o + 2] = row[x];
                        pixels[o + 3] = 255;
                        break;
                    case PngConstants.ColourGrayAlpha:
                        pixels[o] = pixels[o + 1] = pixels[o + 2] = row[x * 2];
                        pixels[o + 3] = row[(x * 2) + 1];
                        break;
                    case PngConstants.ColourRgb:
                        pixels[o] = row[x * 3];
                        pixels[o + 1] = row[(x * 3) + 1];
                        pixels[o + 2] = row[(x * 3) + 2];
                        pixels[o + 3] = 255;
                        break;
                    case PngConstants.ColourRgba:
                        row.Slice(x * 4, 4).CopyTo(pixels.AsSpan(o, 4));
                        break;
                    default:
                        var index = row[x];
                        if (index * 3 >= file.Palette.Length)
                            throw new InvalidDataException($"PNG pixel ({x}, {y}) uses palette entry {index} but PLTE has only {file.Palette.Length / 3}");
                        pixels[o] = file.Palette[index * 3];
                        pixels[o + 1] = file.Palette[(index * 3) + 1];
                        pixels[o + 2] = file.Palette[(index * 3) + 2];
                        pixels[o + 3] = index < file.Transparency.Length ? file.Transparency[index] : (byte)255;
                        break;
                }
            }
        }

        return new RgbaImage(h.Width, h.Height, pixels);
    }

    /// <summary>Reads a 16-bit grayscale PNG (such as a depth map) into row-major values.</summary>
    public static (ushort[] Values, int Width, int Height) DecodeGray16(ReadOnlySpan<byte> png)
    {
        var file = Parse(png);
        var h = file.Header;
        if (h.ColourType != PngConstants.ColourGray || h.BitDepth != 16)
            throw new InvalidDataException($"PNG is colour type {h.ColourType} at {h.BitDepth} bits, not 16-bit gray");
        var raw = Inflate(file);
        var stride = h.Width * 2;
        Unfilter(raw, h.Height, stride, 2);
        var values = new ushort[h.Width * h.Height];
        for (var y = 0; y < h.Height; y++)
        {
            var row = raw.AsSpan((y * (stride + 1)) + 1, stride);
            for (var x = 0; x < h.Width; x++)
                values[(y * h.Width) + x] = BinaryPrimitives.ReadUInt16BigEndian(row[(x * 2)..]);
        }

        return (values, h.Width, h.Height);
    }

    /// <summary>Width and height from the signature and IHDR alone (the IHDR CRC is checked).</summary>
    public static (int Width, int Height) ReadSize(ReadOnlySpan<byte> png)
    {
        CheckSignature(png);
        var reader = new ChunkReader(png[PngConstants.Signature.Length..]);
        if (!reader.TryNext(out var type, out var data) || type != "IHDR")
            throw new InvalidDataException("PNG does not start with an IHDR chunk");
        var header = Header.Read(data);
        return (header.Width, header.Height);
    }

    private static void CheckSignature(ReadOnlySpan<byte> png)
    {
        if (png.Length < PngConstants.Signature.Length || !png[..PngConstants.Signature.Length].SequenceEqual(PngConstants.Signature))
            throw new InvalidDataException("not a PNG file: the 8-byte PNG signature is missing");
    }

    private static PngFile Parse(ReadOnlySpan<byte> png)
    {
        CheckSignature(png);
        var reader = new ChunkReader(png[PngConstants.Signature.Length..]);
        Header? header = null;
        byte[] palette = [];
        byte[] transparency = [];
        using var idat = new MemoryStream();
        var idatDone = false;
        var ended = false;
        while (reader.TryNext(out var type, out var data))
        {
            if (header is null && type != "IHDR")
                throw new InvalidDataException($"PNG does not start with an IHDR chunk (found '{type}')");
            switch (type)
            {
                case "IHDR":
                    if (header is not null)
                        throw new InvalidDataException("PNG has a second IHDR chunk");
                    header = Header.Read(data);
                    break;
                case "PLTE":
                    if (idat.Length > 0)
                        throw new InvalidDataException("PNG has a PLTE chunk after image data");
                    if (data.Length % 3 != 0 || data.Length == 0 || data.Length > 768)
                        throw new InvalidDataException($"PNG PLTE chunk has {data.Length} bytes; it must be 3 to 768 and a multiple of 3");
                    palette = data.ToArray();
                    break;
                case "tRNS":
                    transparency = data.ToArray();
                    break;
                case "IDAT":
                    if (idatDone)
                        throw new InvalidDataException("PNG IDAT chunks are not consecutive");
                    idat.Write(data);
                    break;
                case "IEND":
                    ended = true;
                    break;
                default:
                    if (char.IsAsciiLetterUpper(type[0]))
                        throw new InvalidDataException($"PNG has an unknown critical chunk '{type}'");
                    break;
            }

            if (type != "IDAT" && idat.Length > 0)
                idatDone = true;
            if (ended)
                break;
        }

        if (header is null)
            throw new InvalidDataException("PNG has no IHDR chunk");
        if (idat.Length == 0)
            throw new InvalidDataException("PNG has no image data (IDAT)");
        if (!ended)
            throw new InvalidDataException("PNG is truncated: no IEND chunk");
        if (header.Value.ColourType == PngConstants.ColourPalette && palette.Length == 0)
            throw new InvalidDataException("PNG palette image has no PLTE chunk");
        return new PngFile(header.Value, idat.ToArray(), palette, transparency);
    }

    private static byte[] Inflate(PngFile file)
    {
        var h = file.Header;
        var expected = (long)h.Height * (((long)h.Width * h.Channels) + 1);
        if (expected > (long)file.Data.Length * PngConstants.MaxInflateRatio)
            throw new InvalidDataException(
                $"PNG image data is too short: {file.Data.Length} compressed bytes cannot hold a {h.Width}×{h.Height} image");
        var raw = new byte[expected];
        try
        {
            using var z = new ZLibStream(new MemoryStream(file.Data), CompressionMode.Decompress);
            var read = 0;
            while (read < raw.Length)
            {
                var n = z.Read(raw, read, raw.Length - read);
                if (n == 0)
                    break;
                read += n;
            }

            if (read < raw.Length)
                throw new InvalidDataException($"PNG image data ends early: {read} of {raw.Length} bytes");
        }
        catch (InvalidDataException e) when (!e.Message.StartsWith("PNG", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"PNG image data is not valid zlib: {e.Message}", e);
        }

        return raw;
    }

    private static void Unfilter(byte[] raw, int height, int stride, int bpp)
    {
        var prior = new byte[stride];
        for (var y = 0; y < height; y++)
        {
            var start = y * (stride + 1);
            var row = raw.AsSpan(start + 1, stride);
            PngFilters.Unfilter(raw[start], row, prior, bpp);
            row.CopyTo(prior);
        }
    }

    private sealed record PngFile(Header Header, byte[] Data, byte[] Palette, byte[] Transparency);

    private readonly record struct Header(int Width, int Height, byte BitDepth, byte ColourType)
    {
        /// <summary>Bytes per pixel.</summary>
        public int Channels => ColourType switch
        {
            PngConstants.ColourRgb => 3,
            PngConstants.ColourRgba => 4,
            PngConstants.ColourGrayAlpha => 2,
            _ => 1,
        } * (BitDepth / 8);

        public static Header Read(ReadOnlySpan<byte> data)
        {
            if (data.Length != 13)
                throw new InvalidDataException($"PNG IHDR chunk has {data.Length} bytes, not 13");
            var width = BinaryPrimitives.ReadUInt32BigEndian(data);
            var height = BinaryPrimitives.ReadUInt32BigEndian(data[4..]);
            if (width == 0 || height == 0)
                throw new InvalidDataException($"PNG claims an empty image ({width}×{height})");
            if (width > PngConstants.MaxSide || height > PngConstants.MaxSide)
                throw new InvalidDataException($"PNG claims {width}×{height} pixels; the most we read is {PngConstants.MaxSide} a side");
            var depth = data[8];
            var colour = data[9];
            var valid = colour switch
            {
                PngConstants.ColourGray => depth is 1 or 2 or 4 or 8 or 16,
                PngConstants.ColourPalette => depth is 1 or 2 or 4 or 8,
                PngConstants.ColourRgb or PngConstants.ColourGrayAlpha or PngConstants.ColourRgba => depth is 8 or 16,
                _ => false,
            };
            if (!valid)
                throw new InvalidDataException($"PNG IHDR has colour type {colour} with bit depth {depth}, which PNG does not allow");
            if (depth < 8)
                throw new InvalidDataException($"PNG uses {depth}-bit samples; only 8-bit (and 16-bit gray) images are read");
            if (data[10] != 0 || data[11] != 0)
                throw new InvalidDataException($"PNG IHDR has compression method {data[10]} and filter method {data[11]}; only 0 exists");
            if (data[12] != 0)
                throw new InvalidDataException("PNG is interlaced (Adam7); only non-interlaced images are read");
            return new((int)width, (int)height, depth, colour);
        }
    }

    /// <summary>Walks chunks, checking each length against what is left and each CRC.</summary>
    private ref struct ChunkReader(ReadOnlySpan<byte> rest)
    {
        private ReadOnlySpan<byte> _rest = rest;
        private long _offset = 8;

        public bool TryNext(out string type, out ReadOnlySpan<byte> data)
        {
            if (_rest.IsEmpty)
            {
                type = "";
                data = default;
                return false;
            }

            if (_rest.Length < 12)
                throw new InvalidDataException($"PNG is truncated: a chunk header at byte {_offset} is cut off");
            var length = BinaryPrimitives.ReadUInt32BigEndian(_rest);
            type = Encoding.ASCII.GetString(_rest.Slice(4, 4));
            if (!type.All(char.IsAsciiLetter))
                throw new InvalidDataException($"PNG chunk at byte {_offset} has an invalid type");
            if (length > int.MaxValue || length > _rest.Length - 12)
                throw new InvalidDataException($"PNG is truncated: chunk '{type}' at byte {_offset} claims {length} bytes but only {Math.Max(0, _rest.Length - 12)} are left");
            data = _rest.Slice(8, (int)length);
            var stored = BinaryPrimitives.ReadUInt32BigEndian(_rest[(8 + (int)length)..]);
            var actual = PngCrc.Compute(_rest.Slice(4, 4), data);
            if (stored != actual)
                throw new InvalidDataException($"PNG chunk '{type}' at byte {_offset} has a bad CRC (stored {stored:x8}, computed {actual:x8})");
            _offset += 12 + length;
            _rest = _rest[(12 + (int)length)..];
            return true;
        }
    }
}
