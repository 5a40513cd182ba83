using Backlot.Imaging.Formats.Exr;

namespace Backlot.Imaging.Tests.Formats.Exr;

/// <summary>Images with known samples for EXR tests.</summary>
internal static class ExrTestImages
{
    public static readonly ExrCompression[] Compressions = [ExrCompression.None, ExrCompression.Zips, ExrCompression.Zip];

    /// <summary>
    /// Channels R, G, B, A of <paramref name="type"/> and Z as float. Smooth ramps (which compress) plus noise
    /// in R (which does not), negative and large values, so both stored-raw and compressed chunks occur.
    /// </summary>
    public static ExrImage Mixed(int width, int height, ExrPixelType type, int seed = 1)
    {
        var random = new Random(seed);
        var n = width * height;
        float[] r = new float[n], g = new float[n], b = new float[n], a = new float[n], z = new float[n];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var i = (y * width) + x;
                r[i] = (float)((random.NextDouble() * 8) - 2);
                g[i] = x / (float)width;
                b[i] = (y * 0.37f) - 0.5f;
                a[i] = (x + y) % 3 == 0 ? 0f : 1f;
                z[i] = 1.5f + (x * 1000.25f) + (y * 0.001f);
            }
        }

        return new ExrImage(width, height,
        [
            new("R", type, r), new("G", type, g), new("B", type, b), new("A", type, a), new("Z", ExrPixelType.Float, z),
        ]);
    }

    /// <summary>The checker oiiotool draws with <c>--pattern checker:width=W:height=H:color1=…:color2=…</c>.</summary>
    public static float[][] Checker(int width, int height, int cellW, int cellH, float[] color1, float[] color2)
    {
        var planes = new float[color1.Length][];
        for (var c = 0; c < planes.Length; c++)
        {
            planes[c] = new float[width * height];
            for (var y = 0; y < height; y++)
            {
                for (var x = 0; x < width; x++)
                    planes[c][(y * width) + x] = ((x / cellW) + (y / cellH)) % 2 == 0 ? color1[c] : color2[c];
            }
        }

        return planes;
    }

    /// <summary>The value a half channel holds after a write: the nearest half.</summary>
    public static float AsStored(float v, ExrPixelType type) => type == ExrPixelType.Half ? (float)(Half)v : v;
}
