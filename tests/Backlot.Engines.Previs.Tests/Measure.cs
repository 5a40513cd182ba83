using System.Text.Json;
using Backlot.Imaging;
using Backlot.Imaging.Colour;

namespace Backlot.Engines.Previs.Tests;

/// <summary>Measurements on rendered outputs, independent of the engine's own code.</summary>
internal static class Measure
{
    /// <summary>The camera as the "camera" JSON output describes it.</summary>
    internal sealed record CameraModel(double Fx, double Fy, double Cx, double Cy, int Width, int Height, double FocalMm, double SensorWidthMm, double HfovDeg, double[] M, double[] Position)
    {
        /// <summary>u = fx·x/z + cx, v = fy·y/z + cy with (x, y, z) = M·(X, Y, Z, 1) (OpenCV axes).</summary>
        public (double U, double V, double Z) Project(double x, double y, double z)
        {
            var cx = (M[0] * x) + (M[1] * y) + (M[2] * z) + M[3];
            var cy = (M[4] * x) + (M[5] * y) + (M[6] * z) + M[7];
            var cz = (M[8] * x) + (M[9] * y) + (M[10] * z) + M[11];
            return ((Fx * cx / cz) + Cx, (Fy * cy / cz) + Cy, cz);
        }

        /// <summary>The world ray through an image point: origin and (unnormalised) direction.</summary>
        public (double[] Origin, double[] Direction) Ray(double u, double v)
        {
            var c = new[] { (u - Cx) / Fx, (v - Cy) / Fy, 1.0 };
            // Rᵀ·c: the rotation's rows are the camera axes in world coordinates.
            var d = new double[3];
            for (var k = 0; k < 3; k++)
                d[k] = (M[k] * c[0]) + (M[4 + k] * c[1]) + (M[8 + k] * c[2]);
            return (Position, d);
        }
    }

    public static CameraModel Camera(FrameResponse response)
    {
        using var doc = JsonDocument.Parse(response.Outputs.Single(o => o.Role == "camera").Content);
        var root = doc.RootElement;
        var k = root.GetProperty("intrinsics");
        var lens = root.GetProperty("lens");
        var ext = root.GetProperty("extrinsics");
        var m = ext.GetProperty("worldToCamera").EnumerateArray().SelectMany(r => r.EnumerateArray().Select(v => v.GetDouble())).ToArray();
        return new CameraModel(
            k.GetProperty("fx").GetDouble(), k.GetProperty("fy").GetDouble(), k.GetProperty("cx").GetDouble(), k.GetProperty("cy").GetDouble(),
            root.GetProperty("width").GetInt32(), root.GetProperty("height").GetInt32(),
            lens.GetProperty("focalMm").GetDouble(), lens.GetProperty("sensorWidthMm").GetDouble(), lens.GetProperty("hfovDeg").GetDouble(),
            m, [.. ext.GetProperty("position").EnumerateArray().Select(v => v.GetDouble())]);
    }

    /// <summary>
    /// Sub-pixel column of a vertical edge on a row, with the object on the left and background on the right: the edge
    /// pixel's coverage is read in linear light from its blend between the pixels beside it.
    /// </summary>
    public static double EdgeColumn(RgbaImage image, int row, Func<Rgba32, bool> isObject)
    {
        for (var x = image.Width - 3; x >= 2; x--)
        {
            if (!isObject(image.GetPixel(x, row)))
                continue;
            // x is the last pixel that reads as object; the edge pixel is x or x + 1.
            var inside = image.GetPixel(x - 1, row);
            var outside = image.GetPixel(x + 2, row);
            return x + Coverage(image.GetPixel(x, row), inside, outside) + Coverage(image.GetPixel(x + 1, row), inside, outside);
        }

        throw new InvalidOperationException($"no edge on row {row}");
    }

    /// <summary>Sub-pixel row of a horizontal edge in a column, object below and background above.</summary>
    public static double EdgeRow(RgbaImage image, int column, Func<Rgba32, bool> isObject)
    {
        for (var y = 2; y < image.Height - 2; y++)
        {
            if (!isObject(image.GetPixel(column, y)))
                continue;
            var inside = image.GetPixel(column, y + 1);
            var outside = image.GetPixel(column, y - 2);
            return y + 1 - Coverage(image.GetPixel(column, y), inside, outside) - Coverage(image.GetPixel(column, y - 1), inside, outside);
        }

        throw new InvalidOperationException($"no edge in column {column}");
    }

    // Share of a pixel covered by the object, from the channel with the most contrast, in linear light.
    private static double Coverage(Rgba32 pixel, Rgba32 inside, Rgba32 outside)
    {
        var best = 0;
        var contrast = 0.0;
        for (var c = 0; c < 3; c++)
        {
            var d = Math.Abs(Srgb.ToLinear(Channel(inside, c)) - Srgb.ToLinear(Channel(outside, c)));
            if (d > contrast)
                (best, contrast) = (c, d);
        }

        var p = Srgb.ToLinear(Channel(pixel, best));
        var i = Srgb.ToLinear(Channel(inside, best));
        var o = Srgb.ToLinear(Channel(outside, best));
        return Math.Clamp((p - o) / (i - o), 0, 1);
    }

    private static byte Channel(Rgba32 c, int i) => i switch { 0 => c.R, 1 => c.G, _ => c.B };

    /// <summary>Mean colour of a square patch (2r + 1 pixels a side).</summary>
    public static Rgba32 Patch(RgbaImage image, double u, double v, int r)
    {
        double sr = 0, sg = 0, sb = 0;
        var n = 0;
        for (var y = (int)v - r; y <= (int)v + r; y++)
        {
            for (var x = (int)u - r; x <= (int)u + r; x++)
            {
                var p = image.GetPixel(x, y);
                (sr, sg, sb) = (sr + Srgb.ToLinear(p.R), sg + Srgb.ToLinear(p.G), sb + Srgb.ToLinear(p.B));
                n++;
            }
        }

        return new Rgba32(Srgb.ToByte((float)(sr / n)), Srgb.ToByte((float)(sg / n)), Srgb.ToByte((float)(sb / n)));
    }

    /// <summary>Top and bottom rows of the pixels carrying a mask id (−1 when none).</summary>
    public static (int Top, int Bottom) Extent(PrevisFrameInfo info, int id)
    {
        int top = -1, bottom = -1;
        for (var i = 0; i < info.InstanceIds.Length; i++)
        {
            if (info.InstanceIds[i] != id)
                continue;
            var y = i / info.Width;
            if (top < 0)
                top = y;
            bottom = y;
        }

        return (top, bottom);
    }
}
