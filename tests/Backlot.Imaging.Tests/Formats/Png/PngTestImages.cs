namespace Backlot.Imaging.Tests.Formats.Png;

internal static class PngTestImages
{
    /// <summary>A gradient with structure in every channel, so every filter type gets used.</summary>
    public static RgbaImage Gradient(int width, int height, bool withAlpha)
    {
        var image = new RgbaImage(width, height);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var a = withAlpha ? (byte)((x * 7) + y) : (byte)255;
                image.SetPixel(x, y, new Rgba32((byte)(x * 3), (byte)(y * 5), (byte)((x * y) ^ 0x55), a));
            }
        }

        return image;
    }

    /// <summary>Pseudo-random pixels (fixed LCG), which deflate cannot shrink much.</summary>
    public static RgbaImage Noise(int width, int height)
    {
        var image = new RgbaImage(width, height);
        var state = 12345u;
        for (var i = 0; i < image.Pixels.Length; i++)
        {
            state = (state * 1664525u) + 1013904223u;
            image.Pixels[i] = (byte)(state >> 24);
        }

        return image;
    }
}
