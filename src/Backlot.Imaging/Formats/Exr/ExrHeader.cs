using System.Buffers.Binary;
using System.Text;

namespace Backlot.Imaging.Formats.Exr;

/// <summary>
/// The parsed, checked header of a single-part scanline EXR: every attribute's size is checked against
/// its type and against what is left of the file, and anything we cannot read is refused by name.
/// </summary>
internal sealed record ExrHeader(ExrInfo Info, int HeaderEnd)
{
    private static readonly string[] Required =
    [
        "channels", "compression", "dataWindow", "displayWindow", "lineOrder",
        "pixelAspectRatio", "screenWindowCenter", "screenWindowWidth",
    ];

    public static ExrHeader Parse(ReadOnlySpan<byte> data)
    {
        if (data.Length < 8 || !data[..4].SequenceEqual(ExrConstants.Magic))
            throw new InvalidDataException("not an OpenEXR file: the magic number 76 2f 31 01 is missing");
        var version = BinaryPrimitives.ReadInt32LittleEndian(data[4..]);
        if ((version & 0xFF) != ExrConstants.Version)
            throw new InvalidDataException($"EXR file format version is {version & 0xFF}; only version 2 is read");
        if ((version & ExrConstants.MultipartFlag) != 0)
            throw new InvalidDataException("EXR file is multi-part; only single-part scanline images are read");
        if ((version & ExrConstants.NonImageFlag) != 0)
            throw new InvalidDataException("EXR file holds deep (non-image) data; only flat scanline images are read");
        if ((version & ExrConstants.TiledFlag) != 0)
            throw new InvalidDataException("EXR file is tiled; only scanline images are read");
        var unknown = version & ~0xFF & ~ExrConstants.LongNamesFlag;
        if (unknown != 0)
            throw new InvalidDataException($"EXR version field has unknown flags 0x{unknown:x}");
        var nameMax = (version & ExrConstants.LongNamesFlag) != 0 ? ExrConstants.LongNameMax : ExrConstants.ShortNameMax;

        var pos = 8;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        IReadOnlyList<ExrChannelInfo>? channels = null;
        ExrCompression compression = default;
        ExrBox dataWindow = default, displayWindow = default;
        var aspect = 1f;
        while (true)
        {
            if (pos >= data.Length)
                throw new InvalidDataException("EXR is truncated: the header has no end");
            if (data[pos] == 0)
            {
                pos++;
                break;
            }

            var name = ReadName(data, ref pos, nameMax, "attribute name");
            var type = ReadName(data, ref pos, nameMax, $"type of attribute '{name}'");
            if (data.Length - pos < 4)
                throw new InvalidDataException($"EXR is truncated: attribute '{name}' has no size");
            var size = BinaryPrimitives.ReadInt32LittleEndian(data[pos..]);
            pos += 4;
            if (size < 0 || size > data.Length - pos)
                throw new InvalidDataException($"EXR attribute '{name}' claims {size} bytes but only {data.Length - pos} are left in the file");
            var value = data.Slice(pos, size);
            pos += size;
            if (!seen.Add(name))
                throw new InvalidDataException($"EXR header has attribute '{name}' twice");

            switch (name)
            {
                case "channels":
                    Expect(name, type, "chlist", size, -1);
                    channels = ReadChannels(value, nameMax);
                    break;
                case "compression":
                    Expect(name, type, "compression", size, 1);
                    compression = value[0] switch
                    {
                        ExrConstants.CompressionNone => ExrCompression.None,
                        ExrConstants.CompressionZips => ExrCompression.Zips,
                        ExrConstants.CompressionZip => ExrCompression.Zip,
                        _ => throw new InvalidDataException(
                            $"EXR compression is {ExrConstants.CompressionName(value[0])}; only NONE, ZIPS and ZIP are read"),
                    };
                    break;
                case "dataWindow":
                    Expect(name, type, "box2i", size, 16);
                    dataWindow = ReadBox(value);
                    break;
                case "displayWindow":
                    Expect(name, type, "box2i", size, 16);
                    displayWindow = ReadBox(value);
                    break;
                case "lineOrder":
                    Expect(name, type, "lineOrder", size, 1);
                    if (value[0] > 2)
                        throw new InvalidDataException($"EXR lineOrder is {value[0]}; it must be 0 (increasing y), 1 (decreasing y) or 2 (random y)");
                    break;
                case "pixelAspectRatio":
                    Expect(name, type, "float", size, 4);
                    aspect = BinaryPrimitives.ReadSingleLittleEndian(value);
                    if (!float.IsFinite(aspect) || aspect <= 0)
                        throw new InvalidDataException($"EXR pixelAspectRatio is {aspect}; it must be a positive number");
                    break;
                case "screenWindowCenter":
                    Expect(name, type, "v2f", size, 8);
                    break;
                case "screenWindowWidth":
                    Expect(name, type, "float", size, 4);
                    break;
                case "type":
                    Expect(name, type, "string", size, -1);
                    var kind = Encoding.ASCII.GetString(value);
                    if (kind != "scanlineimage")
                        throw new InvalidDataException($"EXR part type is '{kind}'; only 'scanlineimage' is read");
                    break;
                case "tiles":
                    throw new InvalidDataException("EXR header has a 'tiles' attribute; only scanline images are read");
                default:
                    break; // other attributes (chromaticities, owner, capDate…) are not needed to read pixels
            }
        }

        foreach (var r in Required)
        {
            if (!seen.Contains(r))
                throw new InvalidDataException($"EXR header lacks the required attribute '{r}'");
        }

        CheckWindow("dataWindow", dataWindow, limitSize: true);
        CheckWindow("displayWindow", displayWindow, limitSize: false);
        return new ExrHeader(new ExrInfo(dataWindow, displayWindow, compression, channels!, aspect), pos);
    }

    private static void CheckWindow(string name, ExrBox box, bool limitSize)
    {
        if (box.Width <= 0 || box.Height <= 0)
            throw new InvalidDataException($"EXR {name} ({box.XMin} {box.YMin}) - ({box.XMax} {box.YMax}) is empty or inverted");
        if (limitSize && (box.Width > ExrImage.MaxSide || box.Height > ExrImage.MaxSide))
            throw new InvalidDataException($"EXR {name} is {box.Width}×{box.Height} pixels; the most we read is {ExrImage.MaxSide} a side");
    }

    private static void Expect(string name, string type, string expectedType, int size, int expectedSize)
    {
        if (type != expectedType)
            throw new InvalidDataException($"EXR attribute '{name}' has type '{type}', not '{expectedType}'");
        if (expectedSize >= 0 && size != expectedSize)
            throw new InvalidDataException($"EXR attribute '{name}' ({type}) has {size} bytes, not {expectedSize}");
    }

    private static ExrBox ReadBox(ReadOnlySpan<byte> v) => new(
        BinaryPrimitives.ReadInt32LittleEndian(v),
        BinaryPrimitives.ReadInt32LittleEndian(v[4..]),
        BinaryPrimitives.ReadInt32LittleEndian(v[8..]),
        BinaryPrimitives.ReadInt32LittleEndian(v[12..]));

    private static List<ExrChannelInfo> ReadChannels(ReadOnlySpan<byte> value, int nameMax)
    {
        var list = new List<ExrChannelInfo>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var p = 0;
        while (true)
        {
            if (p >= value.Length)
                throw new InvalidDataException("EXR channel list is not terminated by a NUL byte");
            if (value[p] == 0)
            {
                p++;
                break;
            }

            var name = ReadName(value, ref p, nameMax, "channel name");
            if (value.Length - p < 16)
                throw new InvalidDataException($"EXR channel list entry '{name}' is cut off");
            var pixelType = BinaryPrimitives.ReadInt32LittleEndian(value[p..]);
            var xSampling = BinaryPrimitives.ReadInt32LittleEndian(value[(p + 8)..]);
            var ySampling = BinaryPrimitives.ReadInt32LittleEndian(value[(p + 12)..]);
            p += 16;
            var type = pixelType switch
            {
                ExrConstants.PixelHalf => ExrPixelType.Half,
                ExrConstants.PixelFloat => ExrPixelType.Float,
                ExrConstants.PixelUint => throw new InvalidDataException($"EXR channel '{name}' is UINT; only HALF and FLOAT channels are read"),
                _ => throw new InvalidDataException($"EXR channel '{name}' has unknown pixel type {pixelType}"),
            };
            if (xSampling != 1 || ySampling != 1)
                throw new InvalidDataException($"EXR channel '{name}' is subsampled ({xSampling}, {ySampling}); only sampling 1 1 is read");
            if (!names.Add(name))
                throw new InvalidDataException($"EXR channel list has '{name}' twice");
            list.Add(new ExrChannelInfo(name, type));
        }

        if (p != value.Length)
            throw new InvalidDataException($"EXR channel list has {value.Length - p} bytes after its end");
        if (list.Count == 0)
            throw new InvalidDataException("EXR channel list is empty");
        return list;
    }

    /// <summary>A NUL-terminated name of 1 to <paramref name="max"/> bytes.</summary>
    private static string ReadName(ReadOnlySpan<byte> data, ref int pos, int max, string what)
    {
        var window = data[pos..Math.Min(data.Length, pos + max + 1)];
        var end = window.IndexOf((byte)0);
        if (end < 0)
        {
            if (window.Length <= max)
                throw new InvalidDataException($"EXR is truncated: a {what} at byte {pos} has no end");
            throw new InvalidDataException($"EXR {what} at byte {pos} is longer than {max} bytes");
        }

        if (end == 0)
            throw new InvalidDataException($"EXR {what} at byte {pos} is empty");
        var name = Encoding.UTF8.GetString(window[..end]);
        pos += end + 1;
        return name;
    }
}
