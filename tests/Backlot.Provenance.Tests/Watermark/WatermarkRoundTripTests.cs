using Backlot.Imaging;
using Backlot.Imaging.Formats.Jpeg;
using Backlot.Imaging.Processing;
using Backlot.Provenance.Watermark;
using static Backlot.Provenance.Tests.Watermark.WatermarkTestImages;

namespace Backlot.Provenance.Tests.Watermark;

public sealed class WatermarkRoundTripTests
{
    public static TheoryData<string, string> ImagesAndAttacks()
    {
        var data = new TheoryData<string, string>();
        foreach (var image in new[] { "previs", "textured" })
        {
            foreach (var attack in Attacks.Keys)
                data.Add(image, attack);
        }

        return data;
    }

    private static readonly Dictionary<string, Func<RgbaImage, RgbaImage>> Attacks = new()
    {
        ["none"] = img => img,
        ["jpeg50"] = img => JpegCodec.Decode(JpegCodec.Encode(img, 50)),
        ["resize50"] = img => ImageResize.Bilinear(ImageResize.Bilinear(img, img.Width / 2, img.Height / 2), img.Width, img.Height),
        ["crop10"] = img => ImageCrop.Crop(img, 37, 11, img.Width * 9 / 10, img.Height * 9 / 10),
        ["brighter15"] = img => ToneAdjust.Brightness(img, 1.15),
        ["darker15"] = img => ToneAdjust.Brightness(img, 0.85),
        ["contrast+15"] = img => ToneAdjust.Contrast(img, 1.15),
        ["contrast-15"] = img => ToneAdjust.Contrast(img, 0.85),
        ["blur1"] = img => GaussianBlur.Blur(img, 1.0),
        ["palette"] = img => PaletteQuantizer.Quantize(img, 256, dither: false),
        ["palette-dithered"] = img => PaletteQuantizer.Quantize(img, 256, dither: true),
    };

    private static RgbaImage Source(string name) => name == "previs" ? Previs() : Textured();

    [Theory]
    [MemberData(nameof(ImagesAndAttacks))]
    public void Detect_AfterAttack_RecoversThePayloadExactly(string image, string attack)
    {
        var marked = WatermarkEmbedder.Embed(Source(image), Payload, Key);

        var result = WatermarkDetector.Detect(Attacks[attack](marked), Key);

        Assert.True(result.Found, result.Reason);
        Assert.Equal(Payload, result.Payload);
        Assert.True(result.FalsePositiveProbability < 1e-6);
        Assert.True(result.Confidence > 0.999999);
    }

    [Fact]
    public void Embed_KeepsPsnrAbove42dB()
    {
        foreach (var image in new[] { Previs(), Textured() })
            Assert.InRange(Psnr(image, WatermarkEmbedder.Embed(image, Payload, Key)), 42.0, 60.0);
    }

    [Fact]
    public void Embed_IsDeterministic()
    {
        var image = Textured();

        var first = WatermarkEmbedder.Embed(image, Payload, Key);
        var second = WatermarkEmbedder.Embed(image, Payload, Key);

        Assert.Equal(first.Pixels, second.Pixels);
    }

    [Fact]
    public void Embed_LeavesAlphaAndTheInputAlone()
    {
        var image = Previs();
        image.SetPixel(5, 5, new Rgba32(10, 20, 30, 77));
        var before = (byte[])image.Pixels.Clone();

        var marked = WatermarkEmbedder.Embed(image, Payload, Key);

        Assert.Equal(before, image.Pixels);
        Assert.Equal(77, marked.GetPixel(5, 5).A);
    }

    [Theory]
    [InlineData(0UL)]
    [InlineData(ulong.MaxValue)]
    [InlineData(0x8000_0000_0000_0001UL)]
    public void Detect_ReadsExtremePayloads(ulong payload)
    {
        var result = WatermarkDetector.Detect(WatermarkEmbedder.Embed(Previs(seed: 3), payload, Key), Key);

        Assert.True(result.Found, result.Reason);
        Assert.Equal(payload, result.Payload);
    }

    [Fact]
    public void Detect_WithAnotherKey_FindsNothing()
    {
        var marked = WatermarkEmbedder.Embed(Textured(), Payload, Key);

        var result = WatermarkDetector.Detect(marked, OtherKey);

        Assert.False(result.Found);
        Assert.Null(result.Payload);
    }

    [Fact]
    public void Detect_OnAHighDefinitionFrame_FindsTheTileOffsetOfACrop()
    {
        var frame = Previs(1280, 720, seed: 9);
        var marked = WatermarkEmbedder.Embed(frame, Payload, Key);

        var result = WatermarkDetector.Detect(ImageCrop.Crop(marked, 300, 77, 900, 600), Key);

        Assert.True(result.Found, result.Reason);
        Assert.Equal(Payload, result.Payload);
        Assert.Equal(300 % 128, result.TileOffsetX);
        Assert.Equal(77, result.TileOffsetY);
    }
}
