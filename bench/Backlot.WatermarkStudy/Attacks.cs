using Backlot.Imaging;
using Backlot.Imaging.Formats.Jpeg;
using Backlot.Imaging.Processing;

namespace Backlot.WatermarkStudy;

/// <summary>The attacks the issue names, in the order the table prints them.</summary>
internal static class Attacks
{
    public static readonly (string Name, Func<RgbaImage, int, RgbaImage> Apply)[] All =
    [
        ("none", (img, _) => img),
        ("JPEG quality 50 (4:2:0)", (img, _) => JpegCodec.Decode(JpegCodec.Encode(img, 50))),
        ("resize to 50 % and back (bilinear)", (img, _) => ImageResize.Bilinear(ImageResize.Bilinear(img, img.Width / 2, img.Height / 2), img.Width, img.Height)),
        ("crop 10 % (keep 90 %×90 %, random offset)", Crop),
        ("brightness +15 %", (img, _) => ToneAdjust.Brightness(img, 1.15)),
        ("brightness −15 %", (img, _) => ToneAdjust.Brightness(img, 0.85)),
        ("contrast +15 %", (img, _) => ToneAdjust.Contrast(img, 1.15)),
        ("contrast −15 %", (img, _) => ToneAdjust.Contrast(img, 0.85)),
        ("Gaussian blur σ = 1", (img, _) => GaussianBlur.Blur(img, 1.0)),
        ("8-bit palette, median cut, no dither", (img, _) => PaletteQuantizer.Quantize(img, 256, dither: false)),
        ("8-bit palette, median cut, Floyd–Steinberg", (img, _) => PaletteQuantizer.Quantize(img, 256, dither: true)),
    ];

    private static RgbaImage Crop(RgbaImage img, int seed)
    {
        var rng = new Random(seed);
        var w = (int)Math.Round(img.Width * 0.9);
        var h = (int)Math.Round(img.Height * 0.9);
        return ImageCrop.Crop(img, rng.Next(img.Width - w + 1), rng.Next(img.Height - h + 1), w, h);
    }
}
