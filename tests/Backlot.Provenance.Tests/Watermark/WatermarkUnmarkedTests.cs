using Backlot.Imaging;
using Backlot.Imaging.Formats.Jpeg;
using Backlot.Provenance.Watermark;
using static Backlot.Provenance.Tests.Watermark.WatermarkTestImages;

namespace Backlot.Provenance.Tests.Watermark;

public sealed class WatermarkUnmarkedTests
{
    [Fact]
    public void Detect_OnUnmarkedImages_FindsNothing()
    {
        for (var seed = 0; seed < 8; seed++)
        {
            var image = seed % 2 == 0 ? Previs(seed: seed) : Textured(seed: seed);
            if (seed % 3 == 0)
                image = JpegCodec.Decode(JpegCodec.Encode(image, 60));

            var result = WatermarkDetector.Detect(image, Key);

            Assert.False(result.Found, $"seed {seed}: sync {result.SyncScore:F1}");
            Assert.Null(result.Payload);
            Assert.Equal(0, result.Confidence);
            Assert.Equal(1, result.FalsePositiveProbability);
            Assert.NotNull(result.Reason);
        }
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 3)]
    [InlineData(31, 500)]
    [InlineData(4000, 8)]
    [InlineData(8, 4000)]
    [InlineData(16384, 32)]
    [InlineData(33, 33)]
    public void Detect_OnTinyOrExtremeShapes_GivesACleanResult(int width, int height)
    {
        var image = Textured(Math.Min(width, 512), Math.Min(height, 512));
        var sized = width <= 512 && height <= 512 ? image : Tile(image, width, height);

        var result = WatermarkDetector.Detect(sized, Key);

        Assert.False(result.Found);
        Assert.NotNull(result.Reason);
    }

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(255, 255, 255)]
    [InlineData(128, 128, 128)]
    public void Detect_OnUniformImages_SaysThereIsNoTexture(byte r, byte g, byte b)
    {
        var result = WatermarkDetector.Detect(Uniform(300, 200, new Rgba32(r, g, b)), Key);

        Assert.False(result.Found);
        Assert.NotNull(result.Reason);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 2)]
    [InlineData(5000, 2)]
    [InlineData(2, 5000)]
    public void Embed_OnTinyOrExtremeShapes_ReturnsAnImageOfTheSameSize(int width, int height)
    {
        var image = Uniform(width, height, new Rgba32(100, 120, 140));

        var marked = WatermarkEmbedder.Embed(image, Payload, Key);

        Assert.Equal((width, height), (marked.Width, marked.Height));
        Assert.False(WatermarkDetector.Detect(marked, OtherKey).Found);
    }

    [Fact]
    public void EmbedThenDetect_OnAllBlack_IsCleanEitherWay()
    {
        var black = Uniform(256, 256, new Rgba32(0, 0, 0));

        var marked = WatermarkEmbedder.Embed(black, Payload, Key);
        var result = WatermarkDetector.Detect(marked, Key);

        // Black has no room below zero: half the mark is clipped away, the rest may or may not carry it.
        Assert.True(!result.Found || result.Payload == Payload);
    }

    private static RgbaImage Tile(RgbaImage source, int width, int height)
    {
        var image = new RgbaImage(width, height);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
                image.SetPixel(x, y, source.GetPixel(x % source.Width, y % source.Height));
        }

        return image;
    }
}
