namespace Backlot.Imaging.Processing;

/// <summary>Brightness and contrast as CSS filters define them, on sRGB values, clipped to 0…255; alpha is kept.</summary>
public static class ToneAdjust
{
    /// <summary>Multiplies each colour value by <paramref name="factor"/> (1.15 = 15 % brighter).</summary>
    public static RgbaImage Brightness(RgbaImage image, double factor) => Map(image, v => v * factor);

    /// <summary>Scales each colour value's distance from mid-grey by <paramref name="factor"/> (0.85 = 15 % less contrast).</summary>
    public static RgbaImage Contrast(RgbaImage image, double factor) => Map(image, v => ((v - 127.5) * factor) + 127.5);

    private static RgbaImage Map(RgbaImage image, Func<double, double> f)
    {
        ArgumentNullException.ThrowIfNull(image);
        Span<byte> lut = stackalloc byte[256];
        for (var i = 0; i < 256; i++)
            lut[i] = (byte)Math.Clamp((int)Math.Round(f(i), MidpointRounding.AwayFromZero), 0, 255);
        var result = new RgbaImage(image.Width, image.Height);
        var src = image.Pixels;
        var dst = result.Pixels;
        for (var i = 0; i < src.Length; i += 4)
        {
            dst[i] = lut[src[i]];
            dst[i + 1] = lut[src[i + 1]];
            dst[i + 2] = lut[src[i + 2]];
            dst[i + 3] = src[i + 3];
        }

        return result;
    }
}
