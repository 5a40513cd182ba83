using System.Buffers;
using System.Buffers.Binary;

namespace Backlot.Imaging.Formats.Exr;

/// <summary>
/// Reads single-part scanline OpenEXR files with NONE, ZIPS or ZIP compression and HALF or FLOAT channels.
/// Every size in the file is checked against the file's length before anything is allocated; a bad file is an
/// <see cref="InvalidDataException"/> that names the problem. Tiled, multi-part and deep files are refused.
/// </summary>
public static class ExrReader
{
    /// <summary>The header alone: size, windows, channels, compression. Pixels are not read.</summary>
    public static ExrInfo ReadInfo(ReadOnlySpan<byte> data) => ExrHeader.Parse(data).Info;

    public static ExrImage Read(ReadOnlySpan<byte> data)
    {
        var header = ExrHeader.Parse(data);
        var info = header.Info;
        var width = (int)info.DataWindow.Width;
        var height = (int)info.DataWindow.Height;
        var linesPerChunk = ExrConstants.LinesPerChunk(info.Compression);
        var chunkCount = (height + linesPerChunk - 1) / linesPerChunk;
        long lineBytes = 0;
        foreach (var c in info.Channels)
            lineBytes += (long)c.SampleSize * width;

        var tableEnd = (long)header.HeaderEnd + (chunkCount * 8L);
        if (tableEnd > data.Length)
            throw new InvalidDataException($"EXR is truncated: its offset table of {chunkCount} entries runs past the end of the {data.Length}-byte file");
        CheckFileCanHold(info, lineBytes * height, chunkCount, data.Length - tableEnd);
        if (lineBytes * linesPerChunk > Array.MaxLength)
            throw new InvalidDataException($"EXR scanlines of {info.Channels.Count} channels × {width} pixels are too large to read ({lineBytes} bytes a line)");

        // Walk every chunk header before allocating the image.
        var chunks = new (int Offset, int Size, int Lines)[chunkCount];
        for (var i = 0; i < chunkCount; i++)
            chunks[i] = CheckChunk(data, info, i, linesPerChunk, header.HeaderEnd + (i * 8), tableEnd, lineBytes);

        var planes = new float[info.Channels.Count][];
        for (var c = 0; c < planes.Length; c++)
            planes[c] = new float[width * height];

        var buffer = ArrayPool<byte>.Shared.Rent((int)(lineBytes * linesPerChunk));
        try
        {
            for (var i = 0; i < chunkCount; i++)
            {
                var (offset, size, lines) = chunks[i];
                var rawSize = (int)(lineBytes * lines);
                var packed = data.Slice(offset + 8, size);
                ReadOnlySpan<byte> raw;
                if (size == rawSize)
                {
                    raw = packed; // stored raw: compression would not have made it smaller
                }
                else
                {
                    ExrZip.Decompress(packed, buffer.AsSpan(0, rawSize), Where(info, i, linesPerChunk));
                    raw = buffer.AsSpan(0, rawSize);
                }

                Unpack(raw, info.Channels, planes, width, i * linesPerChunk, lines);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        var channels = new ExrChannel[planes.Length];
        for (var c = 0; c < planes.Length; c++)
            channels[c] = new ExrChannel(info.Channels[c].Name, info.Channels[c].Type, planes[c]);
        return new ExrImage(width, height, channels)
        {
            OriginX = info.DataWindow.XMin,
            OriginY = info.DataWindow.YMin,
            DisplayWindow = info.DisplayWindow == info.DataWindow ? null : info.DisplayWindow,
            PixelAspectRatio = info.PixelAspectRatio,
        };
    }

    /// <summary>Refuses a data window whose pixels could not fit in what is left of the file, even compressed.</summary>
    private static void CheckFileCanHold(ExrInfo info, long rawBytes, int chunkCount, long left)
    {
        var minimum = info.Compression == ExrCompression.None ? rawBytes + (chunkCount * 8L) : (chunkCount * 8L) + (rawBytes / ExrConstants.MaxInflateRatio);
        if (minimum > left)
        {
            throw new InvalidDataException(
                $"EXR data window {info.DataWindow.Width}×{info.DataWindow.Height} with {info.Channels.Count} channels needs {rawBytes} bytes of pixels, " +
                $"more than the {left} bytes after the header can hold with {ExrConstants.CompressionName(ExrConstants.ToByte(info.Compression))} compression");
        }
    }

    private static (int Offset, int Size, int Lines) CheckChunk(
        ReadOnlySpan<byte> data, ExrInfo info, int index, int linesPerChunk, int tableEntry, long tableEnd, long lineBytes)
    {
        var where = Where(info, index, linesPerChunk);
        var offset = BinaryPrimitives.ReadUInt64LittleEndian(data[tableEntry..]);
        if (offset < (ulong)tableEnd)
            throw new InvalidDataException($"EXR {where}: offset {offset} points inside the header or offset table (the file may be incomplete)");
        if (offset > (ulong)(data.Length - 8))
            throw new InvalidDataException($"EXR {where}: offset {offset} is past the end of the {data.Length}-byte file");
        var at = (int)offset;
        var y = BinaryPrimitives.ReadInt32LittleEndian(data[at..]);
        var expectedY = info.DataWindow.YMin + ((long)index * linesPerChunk);
        if (y != expectedY)
            throw new InvalidDataException($"EXR {where}: the chunk at byte {at} is for y = {y}");
        var size = BinaryPrimitives.ReadInt32LittleEndian(data[(at + 4)..]);
        var left = data.Length - at - 8;
        if (size < 0 || size > left)
            throw new InvalidDataException($"EXR {where}: the chunk claims {size} bytes but only {left} are left in the file");
        var lines = (int)Math.Min(linesPerChunk, info.DataWindow.Height - ((long)index * linesPerChunk));
        var rawSize = lineBytes * lines;
        if (info.Compression == ExrCompression.None && size != rawSize)
            throw new InvalidDataException($"EXR {where}: the uncompressed chunk has {size} bytes, not the {rawSize} its {lines} scanlines take");
        if (size > rawSize)
            throw new InvalidDataException($"EXR {where}: the chunk has {size} bytes, more than the {rawSize} its {lines} uncompressed scanlines take");
        if (size < rawSize && rawSize > (long)size * ExrConstants.MaxInflateRatio)
            throw new InvalidDataException($"EXR {where}: {size} compressed bytes cannot hold the {rawSize} bytes of its {lines} scanlines");
        return (at, size, lines);
    }

    private static string Where(ExrInfo info, int index, int linesPerChunk) =>
        $"chunk {index} (y = {info.DataWindow.YMin + ((long)index * linesPerChunk)})";

    /// <summary>Each line holds each channel's row of little-endian samples, channels in list order.</summary>
    private static void Unpack(ReadOnlySpan<byte> raw, IReadOnlyList<ExrChannelInfo> channels, float[][] planes, int width, int y0, int lines)
    {
        var o = 0;
        for (var y = y0; y < y0 + lines; y++)
        {
            for (var c = 0; c < channels.Count; c++)
            {
                var row = planes[c].AsSpan(y * width, width);
                if (channels[c].Type == ExrPixelType.Half)
                {
                    for (var x = 0; x < width; x++, o += 2)
                        row[x] = (float)BinaryPrimitives.ReadHalfLittleEndian(raw[o..]);
                }
                else
                {
                    for (var x = 0; x < width; x++, o += 4)
                        row[x] = BinaryPrimitives.ReadSingleLittleEndian(raw[o..]);
                }
            }
        }
    }
}
