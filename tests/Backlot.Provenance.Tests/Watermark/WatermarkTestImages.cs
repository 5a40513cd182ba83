using System.Text;
using Backlot.Imaging;
using Backlot.Provenance.Watermark;

namespace Backlot.Provenance.Tests.Watermark;

/// <summary>Small frames drawn in code: a flat-shaded previs set and a photo-like textured scene.</summary>
internal static class WatermarkTestImages
{
    public static readonly WatermarkKey Key = WatermarkKey.FromSecret(Encoding.UTF8.GetBytes("test studio secret, 32 bytes ok!"));

    public static readonly WatermarkKey OtherKey = WatermarkKey.FromSecret(Encoding.UTF8.GetBytes("another studio's secret entirely"));

    public const ulong Payload = 0x0123_4567_89AB_CDEF;

    /// <summary>Sky gradient, floor, flat-shaded boxes and a capsule figure: what the previs engine draws.</summary>
    public static RgbaImage Previs(int width = 512, int height = 384, int seed = 1)
    {
        var rng = new Random(seed);
        var image = new RgbaImage(width, height);
        var horizon = height * 5 / 9;
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                image.SetPixel(x, y, y < horizon
                    ? new Rgba32((byte)(90 + (60 * y / horizon)), (byte)(140 + (50 * y / horizon)), 220)
                    : new Rgba32(110, 100, 85));
            }
        }

        for (var b = 0; b < 4; b++)
        {
            var colour = new Rgba32((byte)rng.Next(40, 220), (byte)rng.Next(40, 220), (byte)rng.Next(40, 220));
            var (bx, bw, bh) = (rng.Next(width - 60), rng.Next(40, width / 3), rng.Next(40, height / 2));
            var bottom = horizon + rng.Next(height - horizon);
            Fill(image, bx, bottom - bh, bw, bh, colour);
            Fill(image, bx + bw, bottom - bh + 8, bw / 4, bh - 8, new Rgba32((byte)(colour.R * 0.6), (byte)(colour.G * 0.6), (byte)(colour.B * 0.6)));
        }

        Fill(image, width / 2, horizon - 120, 40, 150, new Rgba32(200, 60, 50));
        Fill(image, (width / 2) + 8, horizon - 150, 24, 28, new Rgba32(225, 180, 150));
        return image;
    }

    /// <summary>Smooth shapes under a few octaves of value noise: a stand-in for a photograph's texture.</summary>
    public static RgbaImage Textured(int width = 512, int height = 384, int seed = 2)
    {
        var image = new RgbaImage(width, height);
        var octaves = new[] { (Cell: 64, Amp: 50.0), (Cell: 16, Amp: 20.0), (Cell: 4, Amp: 8.0) };
        var grids = octaves.Select((o, i) => Grid((width / o.Cell) + 2, (height / o.Cell) + 2, seed * 31 + i)).ToArray();
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var v = 120.0;
                for (var o = 0; o < octaves.Length; o++)
                    v += octaves[o].Amp * Sample(grids[o], (width / octaves[o].Cell) + 2, x / (double)octaves[o].Cell, y / (double)octaves[o].Cell);
                var warm = 0.5 + (0.5 * Math.Sin(x / 90.0));
                image.SetPixel(x, y, new Rgba32(Byte(v + (20 * warm)), Byte(v), Byte(v - (25 * warm))));
            }
        }

        return image;
    }

    public static RgbaImage Uniform(int width, int height, Rgba32 colour)
    {
        var image = new RgbaImage(width, height);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
                image.SetPixel(x, y, colour);
        }

        return image;
    }

    public static double Psnr(RgbaImage a, RgbaImage b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Pixels.Length; i += 4)
        {
            for (var c = 0; c < 3; c++)
            {
                var d = a.Pixels[i + c] - b.Pixels[i + c];
                sum += d * d;
            }
        }

        var mse = sum / (a.Width * a.Height * 3.0);
        return mse == 0 ? double.PositiveInfinity : 10 * Math.Log10(255 * 255 / mse);
    }

    private static double[] Grid(int w, int h, int seed)
    {
        var rng = new Random(seed);
        var grid = new double[w * h];
        for (var i = 0; i < grid.Length; i++)
            grid[i] = (rng.NextDouble() * 2) - 1;
        return grid;
    }

    private static double Sample(double[] grid, int w, double x, double y)
    {
        var (x0, y0) = ((int)x, (int)y);
        var (fx, fy) = (x - x0, y - y0);
        fx = fx * fx * (3 - (2 * fx));
        fy = fy * fy * (3 - (2 * fy));
        var a = grid[(y0 * w) + x0] + ((grid[(y0 * w) + x0 + 1] - grid[(y0 * w) + x0]) * fx);
        var b = grid[((y0 + 1) * w) + x0] + ((grid[((y0 + 1) * w) + x0 + 1] - grid[((y0 + 1) * w) + x0]) * fx);
        return a + ((b - a) * fy);
    }

    private static byte Byte(double v) => (byte)Math.Clamp((int)Math.Round(v), 0, 255);

    private static void Fill(RgbaImage image, int x0, int y0, int w, int h, Rgba32 c)
    {
        for (var y = Math.Max(0, y0); y < Math.Min(image.Height, y0 + h); y++)
        {
            for (var x = Math.Max(0, x0); x < Math.Min(image.Width, x0 + w); x++)
                image.SetPixel(x, y, c);
        }
    }
}
