using System.Buffers.Binary;
using System.Text;
using Backlot.Imaging.Formats.Png;

namespace Backlot.Imaging.Tests.Formats.Png;

public class PngRoundTripTests
{
    [Theory]
    [InlineData(1, 1, false)]
    [InlineData(37, 23, false)]
    [InlineData(37, 23, true)]
    [InlineData(300, 7, true)]
    public void EncodeThenDecode_GivesBackTheSamePixels(int width, int height, bool withAlpha)
    {
        var image = PngTestImages.Gradient(width, height, withAlpha);

        var decoded = PngDecoder.Decode(PngEncoder.Encode(image));

        Assert.Equal((width, height), (decoded.Width, decoded.Height));
        Assert.Equal(image.Pixels, decoded.Pixels);
    }

    [Fact]
    public void Encode_SamePixelsTwice_GivesIdenticalBytes()
    {
        var a = PngEncoder.Encode(PngTestImages.Gradient(64, 48, withAlpha: true));
        var b = PngEncoder.Encode(PngTestImages.Gradient(64, 48, withAlpha: true));
        Assert.Equal(a, b);
    }

    [Fact]
    public void Encode_OpaqueImage_WritesRgb8WithSrgbChunk()
    {
        var png = PngEncoder.Encode(PngTestImages.Gradient(8, 8, withAlpha: false));

        Assert.Equal(8, png[24]); // bit depth
        Assert.Equal(2, png[25]); // colour type RGB
        Assert.Equal(["IHDR", "sRGB", "IDAT", "IEND"], ChunkTypes(png).Distinct());
    }

    [Fact]
    public void Encode_TranslucentImage_WritesRgba8()
    {
        var png = PngEncoder.Encode(PngTestImages.Gradient(8, 8, withAlpha: true));
        Assert.Equal(6, png[25]);
    }

    [Fact]
    public void Encode_StartsWithThePngSignatureAndEndsWithIend()
    {
        var png = PngEncoder.Encode(PngTestImages.Gradient(5, 5, withAlpha: false));
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10 }, png[..8]);
        Assert.Equal("IEND", ChunkTypes(png).Last());
        Assert.Equal("IHDR", ChunkTypes(png).First());
    }

    [Fact]
    public void EncodeGray16_ThenDecodeGray16_GivesBackTheValues()
    {
        var values = Enumerable.Range(0, 33 * 17).Select(i => (ushort)(i * 113)).ToArray();

        var png = PngEncoder.EncodeGray16(values, 33, 17);
        var (decoded, w, h) = PngDecoder.DecodeGray16(png);

        Assert.Equal((33, 17), (w, h));
        Assert.Equal(values, decoded);
        Assert.Equal(16, png[24]);
        Assert.Equal(0, png[25]);
    }

    [Fact]
    public void Decode_Gray16_IsRefusedWithAMessage()
    {
        var png = PngEncoder.EncodeGray16(new ushort[4], 2, 2);
        var e = Assert.Throws<InvalidDataException>(() => PngDecoder.Decode(png));
        Assert.Contains("16", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadSize_ReadsTheHeaderOnly()
    {
        var png = PngEncoder.Encode(PngTestImages.Gradient(31, 9, withAlpha: false));
        Assert.Equal((31, 9), PngDecoder.ReadSize(png.AsSpan(0, 33)));
    }

    [Fact]
    public void Encode_LargeImage_SplitsImageDataIntoSeveralIdatChunks()
    {
        var image = PngTestImages.Noise(400, 300);
        var png = PngEncoder.Encode(image);
        Assert.True(ChunkTypes(png).Count(t => t == "IDAT") > 1);
        Assert.Equal(image.Pixels, PngDecoder.Decode(png).Pixels);
    }

    internal static List<string> ChunkTypes(byte[] png)
    {
        var types = new List<string>();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            types.Add(Encoding.ASCII.GetString(png, at + 4, 4));
            at += 12 + length;
        }

        return types;
    }
}
