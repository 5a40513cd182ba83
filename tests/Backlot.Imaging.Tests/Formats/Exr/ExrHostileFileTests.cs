using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Backlot.Imaging.Formats.Exr;

namespace Backlot.Imaging.Tests.Formats.Exr;

/// <summary>Bad and hostile files: a clear <see cref="InvalidDataException"/>, and never a large allocation.</summary>
public class ExrHostileFileTests
{
    /// <summary>Far below any allocation a believed header could cause (gigabytes) and above the parser's own needs.</summary>
    private const long SmallAllocation = 1 << 20;

    private static byte[] Sample(ExrCompression compression = ExrCompression.Zip) =>
        ExrWriter.Write(ExrTestImages.Mixed(17, 5, ExrPixelType.Half), compression);

    [Fact]
    public void Read_NotAnExr_SaysTheMagicNumberIsMissing()
    {
        var e = Assert.Throws<InvalidDataException>(() => ExrReader.Read("\x89PNG\r\n\x1a\n...."u8));
        Assert.Contains("magic", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0x202, "tiled")]
    [InlineData(0x1002, "multi-part")]
    [InlineData(0x802, "deep")]
    [InlineData(0x1, "version is 1")]
    [InlineData(0x10002, "unknown flags")]
    public void Read_VersionFieldWeDoNotRead_IsRefusedByName(int version, string expected)
    {
        var file = Sample();
        BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(4), version);

        var e = Assert.Throws<InvalidDataException>(() => ExrReader.Read(file));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 0, 99_999, 0, "16384")]
    [InlineData(0, 0, 0, 16_384, "16384")]
    [InlineData(int.MinValue, 0, int.MaxValue, 4, "16384")]
    [InlineData(0, 0, -5, 4, "empty or inverted")]
    [InlineData(0, 10, 16, -10, "empty or inverted")]
    [InlineData(0, 0, 16_383, 15, "needs")]
    [InlineData(0, 0, 16_383, 16_383, "offset table")]
    public void Read_HostileDataWindow_IsRefusedBeforeAllocating(int xMin, int yMin, int xMax, int yMax, string expected)
    {
        var file = Sample();
        var box = Attribute(file, "dataWindow");
        BinaryPrimitives.WriteInt32LittleEndian(box, xMin);
        BinaryPrimitives.WriteInt32LittleEndian(box[4..], yMin);
        BinaryPrimitives.WriteInt32LittleEndian(box[8..], xMax);
        BinaryPrimitives.WriteInt32LittleEndian(box[12..], yMax);

        var e = AssertRefusedCheaply(file);

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.Contains("EXR", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ManyChannelsInASmallFile_IsRefusedBeforeAllocating()
    {
        // 1,000 float channels over 4096×16 would need 262 MB of pixels; the file has a few kilobytes.
        var list = new List<byte>();
        for (var i = 0; i < 1000; i++)
        {
            list.AddRange(Encoding.ASCII.GetBytes($"c{i:D4}\0"));
            list.AddRange([2, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0]);
        }

        list.Add(0);
        var file = Header(list.ToArray(), new ExrBox(0, 0, 4095, 15), compression: 3, extra: new byte[4096]);

        var e = AssertRefusedCheaply(file);

        Assert.Contains("1000 channels", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OffsetPastTheEnd_NamesTheChunk()
    {
        var file = Sample(ExrCompression.Zips);
        BinaryPrimitives.WriteUInt64LittleEndian(file.AsSpan(TableStart(file) + 16), 1UL << 40);

        var e = AssertRefusedCheaply(file);

        Assert.Contains("chunk 2 (y = 2)", e.Message, StringComparison.Ordinal);
        Assert.Contains("past the end", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OffsetIntoTheHeader_SaysSo()
    {
        var file = Sample(ExrCompression.Zips);
        BinaryPrimitives.WriteUInt64LittleEndian(file.AsSpan(TableStart(file)), 0);

        var e = AssertRefusedCheaply(file);

        Assert.Contains("inside the header", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ChunkClaimingAHugeSize_IsRefused()
    {
        var file = Sample(ExrCompression.Zip);
        var chunk = (int)BinaryPrimitives.ReadUInt64LittleEndian(file.AsSpan(TableStart(file)));
        BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(chunk + 4), int.MaxValue);

        var e = AssertRefusedCheaply(file);

        Assert.Contains("claims 2147483647 bytes", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ChunkForTheWrongLine_IsRefused()
    {
        var file = Sample(ExrCompression.None);
        var chunk = (int)BinaryPrimitives.ReadUInt64LittleEndian(file.AsSpan(TableStart(file) + 8));
        BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(chunk), 3);

        var e = AssertRefusedCheaply(file);

        Assert.Contains("chunk 1 (y = 1)", e.Message, StringComparison.Ordinal);
    }

    /// <summary>A zlib stream that inflates to 64 MB where the data window needs 128 KB.</summary>
    [Fact]
    public void Read_ZipBombChunk_StopsAtTheSizeTheDataWindowNeeds()
    {
        var image = new ExrImage(1024, 16, Enumerable.Range(0, 4).Select(c => new ExrChannel(((char)('A' + c)).ToString(), ExrPixelType.Half, new float[1024 * 16])));
        var file = ExrWriter.Write(image, ExrCompression.Zip);
        var chunk = (int)BinaryPrimitives.ReadUInt64LittleEndian(file.AsSpan(TableStart(file)));
        byte[] bomb;
        using (var ms = new MemoryStream())
        {
            using (var z = new ZLibStream(ms, CompressionLevel.SmallestSize))
            {
                var zeros = new byte[1 << 20];
                for (var i = 0; i < 64; i++)
                    z.Write(zeros);
            }

            bomb = ms.ToArray();
        }

        Assert.True(bomb.Length < 1024 * 16 * 8, "the bomb must be smaller than the raw chunk to be believed at first");
        var hostile = new byte[chunk + 8 + bomb.Length];
        file.AsSpan(0, chunk + 4).CopyTo(hostile);
        BinaryPrimitives.WriteInt32LittleEndian(hostile.AsSpan(chunk + 4), bomb.Length);
        bomb.CopyTo(hostile, chunk + 8);

        var e = AssertRefusedCheaply(hostile, limit: 4 * SmallAllocation);

        Assert.Contains("more than the 131072 bytes", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CorruptZlibData_SaysSo()
    {
        var file = Sample(ExrCompression.Zip);
        var chunk = (int)BinaryPrimitives.ReadUInt64LittleEndian(file.AsSpan(TableStart(file)));
        file[chunk + 8] ^= 0xFF; // the zlib header

        var e = AssertRefusedCheaply(file);

        Assert.Contains("zlib", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EveryTruncation_IsAnInvalidDataException()
    {
        foreach (var compression in ExrTestImages.Compressions)
        {
            var file = Sample(compression);
            for (var length = 0; length < file.Length; length++)
                Assert.Throws<InvalidDataException>(() => ExrReader.Read(file.AsSpan(0, length)));
        }
    }

    [Fact]
    public void Read_AnyFlippedHeaderByte_ReadsOrIsAnInvalidDataException()
    {
        var original = Sample(ExrCompression.Zip);
        for (var i = 0; i < TableStart(original) + 16; i++)
        {
            foreach (var mask in new byte[] { 0x01, 0x80, 0xFF })
            {
                var file = (byte[])original.Clone();
                file[i] ^= mask;
                try
                {
                    ExrReader.Read(file);
                }
                catch (InvalidDataException)
                {
                }
            }
        }
    }

    [Theory]
    [InlineData("compression", new byte[] { 4 }, "PIZ")]
    [InlineData("compression", new byte[] { 1 }, "RLE")]
    [InlineData("lineOrder", new byte[] { 7 }, "lineOrder")]
    [InlineData("pixelAspectRatio", new byte[] { 0, 0, 0xC0, 0x7F }, "pixelAspectRatio")]
    public void Read_BadAttributeValue_IsRefusedByName(string attribute, byte[] value, string expected)
    {
        var file = Sample();
        value.CopyTo(Attribute(file, attribute));

        var e = Assert.Throws<InvalidDataException>(() => ExrReader.Read(file));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AttributeSizeBeyondTheFile_IsRefused()
    {
        var file = Sample();
        var name = Encoding.ASCII.GetBytes("dataWindow\0box2i\0");
        var at = file.AsSpan().IndexOf(name) + name.Length;
        BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(at), 1 << 30);

        var e = AssertRefusedCheaply(file);

        Assert.Contains("'dataWindow' claims 1073741824 bytes", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SubsampledChannel_IsRefused()
    {
        byte[] list = [.. "Y\0"u8, 1, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 2, 0, 0, 0, 0];
        var file = Header(list, new ExrBox(0, 0, 3, 3), compression: 0, extra: new byte[64]);

        var e = Assert.Throws<InvalidDataException>(() => ExrReader.Read(file));

        Assert.Contains("subsampled", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingRequiredAttribute_NamesIt()
    {
        var file = Sample();
        var at = file.AsSpan().IndexOf("screenWindowWidth\0"u8);
        file[at] = (byte)'x'; // renamed: no longer the required attribute

        var e = Assert.Throws<InvalidDataException>(() => ExrReader.Read(file));

        Assert.Contains("'screenWindowWidth'", e.Message, StringComparison.Ordinal);
    }

    private static InvalidDataException AssertRefusedCheaply(byte[] file, long limit = SmallAllocation)
    {
        ExrReader.ReadInfo(Sample()); // warm up: first-call costs are not the file's
        try
        {
            ExrReader.Read(Sample());
        }
        catch (InvalidDataException)
        {
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var e = Assert.Throws<InvalidDataException>(() => ExrReader.Read(file));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < limit, $"refusing the file allocated {allocated} bytes: {e.Message}");
        return e;
    }

    /// <summary>The value bytes of a header attribute, to overwrite in place.</summary>
    private static Span<byte> Attribute(byte[] file, string name)
    {
        var key = Encoding.ASCII.GetBytes(name + "\0");
        var at = file.AsSpan().IndexOf(key) + key.Length;
        at += file.AsSpan(at).IndexOf((byte)0) + 1; // type name
        var size = BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(at));
        return file.AsSpan(at + 4, size);
    }

    private static int TableStart(byte[] file)
    {
        var key = "screenWindowWidth\0float\0"u8;
        return file.AsSpan().IndexOf(key) + key.Length + 4 + 4 + 1;
    }

    /// <summary>A hand-made header with the given channel list, then <paramref name="extra"/> bytes.</summary>
    private static byte[] Header(byte[] channelList, ExrBox window, byte compression, byte[] extra)
    {
        using var ms = new MemoryStream();
        using var w = new BinaryWriter(ms);
        w.Write([0x76, 0x2F, 0x31, 0x01, 2, 0, 0, 0]);
        void Attr(string name, string type, byte[] value)
        {
            w.Write(Encoding.ASCII.GetBytes($"{name}\0{type}\0"));
            w.Write(value.Length);
            w.Write(value);
        }

        var box = new byte[16];
        BinaryPrimitives.WriteInt32LittleEndian(box, window.XMin);
        BinaryPrimitives.WriteInt32LittleEndian(box.AsSpan(4), window.YMin);
        BinaryPrimitives.WriteInt32LittleEndian(box.AsSpan(8), window.XMax);
        BinaryPrimitives.WriteInt32LittleEndian(box.AsSpan(12), window.YMax);
        Attr("channels", "chlist", channelList);
        Attr("compression", "compression", [compression]);
        Attr("dataWindow", "box2i", box);
        Attr("displayWindow", "box2i", box);
        Attr("lineOrder", "lineOrder", [0]);
        Attr("pixelAspectRatio", "float", BitConverter.GetBytes(1f));
        Attr("screenWindowCenter", "v2f", new byte[8]);
        Attr("screenWindowWidth", "float", BitConverter.GetBytes(1f));
        w.Write((byte)0);
        w.Write(extra);
        w.Flush();
        return ms.ToArray();
    }
}
