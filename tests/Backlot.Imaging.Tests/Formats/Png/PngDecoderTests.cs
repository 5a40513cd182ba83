using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Backlot.Imaging.Formats.Png;

namespace Backlot.Imaging.Tests.Formats.Png;

public class PngDecoderTests
{
    private static byte[] SamplePng() => PngEncoder.Encode(PngTestImages.Gradient(20, 10, withAlpha: false));

    [Fact]
    public void Decode_NotAPng_SaysTheSignatureIsMissing()
    {
        var e = Assert.Throws<InvalidDataException>(() => PngDecoder.Decode("GIF89a......"u8));
        Assert.Contains("signature", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_CorruptedByte_ReportsABadCrcNamingTheChunk()
    {
        var png = SamplePng();
        png[^20] ^= 0x01; // inside the last IDAT's data

        var e = Assert.Throws<InvalidDataException>(() => PngDecoder.Decode(png));

        Assert.Contains("CRC", e.Message, StringComparison.Ordinal);
        Assert.Contains("IDAT", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_BadHeaderCrc_IsRefusedByReadSizeToo()
    {
        var png = SamplePng();
        png[17] ^= 0x01; // width byte inside IHDR
        var e = Assert.Throws<InvalidDataException>(() => PngDecoder.ReadSize(png));
        Assert.Contains("IHDR", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(40)]
    [InlineData(60)]
    public void Decode_TruncatedFile_SaysItIsTruncated(int keep)
    {
        var png = SamplePng();
        var e = Assert.Throws<InvalidDataException>(() => PngDecoder.Decode(png.AsSpan(0, Math.Min(keep, png.Length - 13))));
        Assert.Contains("truncated", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_MissingIend_SaysItIsTruncated()
    {
        var png = SamplePng();
        var e = Assert.Throws<InvalidDataException>(() => PngDecoder.Decode(png.AsSpan(0, png.Length - 12)));
        Assert.Contains("IEND", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_HugeClaimedSize_IsRefusedQuicklyWithoutAllocating()
    {
        var png = Build(ihdr: Ihdr(100_000, 100_000, 8, 6), idat: Compress(new byte[10]));
        var before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();

        var e = Assert.Throws<InvalidDataException>(() => PngDecoder.Decode(png));

        Assert.Contains("100000", e.Message, StringComparison.Ordinal);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 1_000_000);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1));
        Assert.Throws<InvalidDataException>(() => PngDecoder.ReadSize(png));
    }

    [Fact]
    public void Decode_AllowedSizeButTinyData_IsRefusedBeforeAllocatingTheImage()
    {
        var png = Build(ihdr: Ihdr(16384, 16384, 8, 6), idat: Compress(new byte[100]));
        var before = GC.GetAllocatedBytesForCurrentThread();

        var e = Assert.Throws<InvalidDataException>(() => PngDecoder.Decode(png));

        Assert.Contains("too short", e.Message, StringComparison.Ordinal);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 1_000_000);
    }

    [Fact]
    public void Decode_DataShorterThanTheHeaderSays_SaysItEndsEarly()
    {
        // 10×10 RGB needs 10 × 31 bytes; give it half.
        var png = Build(ihdr: Ihdr(10, 10, 8, 2), idat: Compress(new byte[155]));
        var e = Assert.Throws<InvalidDataException>(() => PngDecoder.Decode(png));
        Assert.Contains("ends early", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_ChunkLengthBeyondTheFile_IsRefused()
    {
        var png = SamplePng();
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(8), int.MaxValue);
        var e = Assert.Throws<InvalidDataException>(() => PngDecoder.Decode(png));
        Assert.Contains("claims", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_Interlaced_IsRefused()
    {
        var ihdr = Ihdr(2, 2, 8, 2);
        ihdr[12] = 1;
        var e = Assert.Throws<InvalidDataException>(() => PngDecoder.Decode(Build(ihdr, Compress(new byte[14]))));
        Assert.Contains("interlaced", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_GrayAndPaletteImagesWrittenByHand_Decode()
    {
        // 2×1 gray: filter 0, values 10 and 200.
        var gray = PngDecoder.Decode(Build(Ihdr(2, 1, 8, 0), Compress([0, 10, 200])));
        Assert.Equal(new Rgba32(200, 200, 200), gray.GetPixel(1, 0));

        // 2×1 palette with a transparent second entry, rows filtered with Sub.
        var png = Build(Ihdr(2, 1, 8, 3), Compress([1, 0, 1]), ("PLTE", [255, 0, 0, 0, 0, 255]), ("tRNS", [255, 0]));
        var palette = PngDecoder.Decode(png);
        Assert.Equal(new Rgba32(255, 0, 0), palette.GetPixel(0, 0));
        Assert.Equal(new Rgba32(0, 0, 255, 0), palette.GetPixel(1, 0));
    }

    [Fact]
    public void Decode_ImageWrittenByZlibOutsideDotnet_Decodes()
    {
        // A 1×1 red RGB PNG built with Python's zlib module: independent of our encoder and of .NET's zlib.
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC");
        Assert.Equal(new Rgba32(255, 0, 0), PngDecoder.Decode(png).GetPixel(0, 0));
    }

    private static byte[] Ihdr(int width, int height, byte depth, byte colour)
    {
        var data = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(data, width);
        BinaryPrimitives.WriteInt32BigEndian(data.AsSpan(4), height);
        data[8] = depth;
        data[9] = colour;
        return data;
    }

    private static byte[] Compress(byte[] raw)
    {
        using var output = new MemoryStream();
        using (var z = new ZLibStream(output, CompressionLevel.Fastest, leaveOpen: true))
            z.Write(raw);
        return output.ToArray();
    }

    private static byte[] Build(byte[] ihdr, byte[] idat, params (string Type, byte[] Data)[] beforeIdat)
    {
        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(output, "IHDR", ihdr);
        foreach (var (type, data) in beforeIdat)
            Chunk(output, type, data);
        Chunk(output, "IDAT", idat);
        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    private static void Chunk(Stream output, string type, byte[] data)
    {
        var typeBytes = Encoding.ASCII.GetBytes(type);
        var head = new byte[8];
        BinaryPrimitives.WriteInt32BigEndian(head, data.Length);
        typeBytes.CopyTo(head, 4);
        output.Write(head);
        output.Write(data);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc(typeBytes.Concat(data).ToArray()));
        output.Write(crc);
    }

    // Bitwise CRC-32, written independently of the decoder's table version.
    private static uint Crc(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }

        return ~crc;
    }
}
