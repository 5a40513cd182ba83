using Backlot.Imaging.Formats.Jpeg;
using Backlot.Imaging.Formats.Png;
using Backlot.Imaging.Tests.Formats.Exr;

namespace Backlot.Imaging.Tests.Formats.Jpeg;

public sealed class JpegCodecTests
{
    private static RgbaImage Scene(int width = 160, int height = 120)
    {
        var image = new RgbaImage(width, height);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
                image.SetPixel(x, y, new Rgba32((byte)(x * 255 / width), (byte)(y * 255 / height), (byte)(128 + (60 * Math.Sin(x / 9.0)))));
        }

        return image;
    }

    private static double MeanAbsoluteError(RgbaImage a, RgbaImage b)
    {
        long sum = 0;
        for (var i = 0; i < a.Pixels.Length; i += 4)
        {
            for (var c = 0; c < 3; c++)
                sum += Math.Abs(a.Pixels[i + c] - b.Pixels[i + c]);
        }

        return sum / (a.Width * a.Height * 3.0);
    }

    [Fact]
    public void EncodeThenDecode_KeepsSizeAndStaysClose()
    {
        var image = Scene();

        var decoded = JpegCodec.Decode(JpegCodec.Encode(image, 90));

        Assert.Equal((image.Width, image.Height), (decoded.Width, decoded.Height));
        Assert.True(MeanAbsoluteError(image, decoded) < 2.5);
        Assert.All(Enumerable.Range(0, decoded.Width * decoded.Height), i => Assert.Equal(255, decoded.Pixels[(i * 4) + 3]));
    }

    [Fact]
    public void Encode_WritesAJfifFile_SmallerAtLowerQuality()
    {
        var image = Scene();

        var q90 = JpegCodec.Encode(image, 90);
        var q50 = JpegCodec.Encode(image, 50);

        Assert.Equal([0xFF, 0xD8], q50[..2]);
        Assert.Equal([0xFF, 0xD9], q50[^2..]);
        Assert.True(q50.Length < q90.Length);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void Encode_QualityOutOfRange_Throws(int quality)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => JpegCodec.Encode(Scene(), quality));
    }

    [Fact]
    public void Decode_NotAJpeg_IsInvalidData()
    {
        Assert.Throws<InvalidDataException>(() => JpegCodec.Decode([]));
        Assert.Throws<InvalidDataException>(() => JpegCodec.Decode(PngEncoder.Encode(Scene())));
        Assert.Throws<InvalidDataException>(() => JpegCodec.Decode([0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3, 4, 5]));
    }

    [Fact]
    public void Decode_TruncatedFile_GivesAnImageOrInvalidData()
    {
        var jpeg = JpegCodec.Encode(Scene(), 80);
        foreach (var length in new[] { 4, 20, 200, jpeg.Length / 2, jpeg.Length - 2 })
        {
            try
            {
                var image = JpegCodec.Decode(jpeg.AsSpan(0, length));
                Assert.Equal(160, image.Width);
            }
            catch (InvalidDataException)
            {
            }
        }
    }

    [Fact]
    public async Task OpenImageIo_ReadsOurJpeg_AsWeDo()
    {
        var dir = Directory.CreateTempSubdirectory("backlot-jpeg-");
        try
        {
            var jpeg = JpegCodec.Encode(Scene(), 75);
            var input = Path.Combine(dir.FullName, "ours.jpg");
            var output = Path.Combine(dir.FullName, "theirs.png");
            await File.WriteAllBytesAsync(input, jpeg, TestContext.Current.CancellationToken);

            await ExrTools.RunOkAsync("oiiotool", input, "-o", output);

            var theirs = PngDecoder.Decode(await File.ReadAllBytesAsync(output, TestContext.Current.CancellationToken));
            Assert.True(MeanAbsoluteError(JpegCodec.Decode(jpeg), theirs) < 1.0);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Decode_ReadsAJpegWrittenByOpenImageIo()
    {
        var dir = Directory.CreateTempSubdirectory("backlot-jpeg-");
        try
        {
            var image = Scene();
            var input = Path.Combine(dir.FullName, "in.png");
            var output = Path.Combine(dir.FullName, "out.jpg");
            await File.WriteAllBytesAsync(input, PngEncoder.Encode(image), TestContext.Current.CancellationToken);

            await ExrTools.RunOkAsync("oiiotool", input, "--attrib", "Compression", "jpeg:95", "-o", output);

            var decoded = JpegCodec.Decode(await File.ReadAllBytesAsync(output, TestContext.Current.CancellationToken));
            Assert.Equal((image.Width, image.Height), (decoded.Width, decoded.Height));
            Assert.True(MeanAbsoluteError(image, decoded) < 2.5);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
