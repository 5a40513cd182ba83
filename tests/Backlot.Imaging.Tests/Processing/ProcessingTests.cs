using Backlot.Imaging.Processing;

namespace Backlot.Imaging.Tests.Processing;

public sealed class ProcessingTests
{
    private static RgbaImage Checker(int width, int height)
    {
        var image = new RgbaImage(width, height);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
                image.SetPixel(x, y, (x + y) % 2 == 0 ? new Rgba32(200, 100, 50) : new Rgba32(100, 50, 150));
        }

        return image;
    }

    [Fact]
    public void Bilinear_HalfSize_AveragesEachTwoByTwoBlock()
    {
        var half = ImageResize.Bilinear(Checker(8, 6), 4, 3);

        Assert.All(Enumerable.Range(0, 12), i => Assert.Equal(new Rgba32(150, 75, 100), half.GetPixel(i % 4, i / 4)));
    }

    [Fact]
    public void Crop_CopiesTheRectangle_AndRefusesOneThatDoesNotFit()
    {
        var image = Checker(10, 10);
        image.SetPixel(3, 4, new Rgba32(1, 2, 3, 4));

        var crop = ImageCrop.Crop(image, 3, 4, 5, 2);

        Assert.Equal((5, 2), (crop.Width, crop.Height));
        Assert.Equal(new Rgba32(1, 2, 3, 4), crop.GetPixel(0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ImageCrop.Crop(image, 6, 0, 5, 2));
    }

    [Fact]
    public void ToneAdjust_FollowsTheCssDefinitionsAndClips()
    {
        var image = new RgbaImage(1, 1);
        image.SetPixel(0, 0, new Rgba32(200, 100, 0, 9));

        Assert.Equal(new Rgba32(230, 115, 0, 9), ToneAdjust.Brightness(image, 1.15).GetPixel(0, 0));
        Assert.Equal(new Rgba32(255, 255, 0, 9), ToneAdjust.Brightness(image, 3).GetPixel(0, 0));
        Assert.Equal(new Rgba32(189, 104, 19, 9), ToneAdjust.Contrast(image, 0.85).GetPixel(0, 0));
    }

    [Fact]
    public void GaussianBlur_KeepsFlatAreasAndSpreadsAnImpulse()
    {
        var image = new RgbaImage(15, 15);
        for (var i = 0; i < image.Pixels.Length; i++)
            image.Pixels[i] = 100;
        image.SetPixel(7, 7, new Rgba32(255, 100, 100, 100));

        var blurred = GaussianBlur.Blur(image, 1.0);

        Assert.Equal(100, blurred.GetPixel(0, 0).R);
        Assert.InRange(blurred.GetPixel(7, 7).R, 120, 130); // 100 + 155 × 0.159² ≈ 124
        Assert.True(blurred.GetPixel(8, 7).R > 100);
    }

    [Fact]
    public void PaletteQuantizer_LeavesAtMost256Colours()
    {
        var image = new RgbaImage(64, 64);
        for (var y = 0; y < 64; y++)
        {
            for (var x = 0; x < 64; x++)
                image.SetPixel(x, y, new Rgba32((byte)(x * 4), (byte)(y * 4), (byte)((x * y) & 255)));
        }

        foreach (var dither in new[] { false, true })
        {
            var quantized = PaletteQuantizer.Quantize(image, 256, dither);
            var colours = new HashSet<int>();
            for (var i = 0; i < quantized.Pixels.Length; i += 4)
                colours.Add((quantized.Pixels[i] << 16) | (quantized.Pixels[i + 1] << 8) | quantized.Pixels[i + 2]);
            Assert.InRange(colours.Count, 200, 256);
        }
    }

    [Fact]
    public void PaletteQuantizer_KeepsAnImageThatAlreadyFits()
    {
        var image = Checker(16, 16);

        var quantized = PaletteQuantizer.Quantize(image, 256, dither: false);

        Assert.Equal(image.Pixels, quantized.Pixels);
    }
}
