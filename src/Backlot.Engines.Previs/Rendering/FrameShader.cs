namespace Backlot.Engines.Previs.Rendering;

/// <summary>Per-triangle results of lighting and style: colour in linear light, part, normal and mask id.</summary>
internal sealed class TriangleTable
{
    public TriangleTable(IReadOnlyList<Triangle> triangles, Func<Triangle, LinearColour> colour)
    {
        var n = triangles.Count;
        Colour = new float[n * 3];
        Normal = new float[n * 3];
        Part = new int[n];
        Instance = new byte[n];
        for (var i = 0; i < n; i++)
        {
            var t = triangles[i];
            var c = colour(t);
            Colour[i * 3] = (float)c.R;
            Colour[(i * 3) + 1] = (float)c.G;
            Colour[(i * 3) + 2] = (float)c.B;
            Normal[i * 3] = (float)t.Normal.X;
            Normal[(i * 3) + 1] = (float)t.Normal.Y;
            Normal[(i * 3) + 2] = (float)t.Normal.Z;
            Part[i] = t.Part;
            Instance[i] = t.Instance;
        }
    }

    public float[] Colour { get; }

    public float[] Normal { get; }

    public int[] Part { get; }

    public byte[] Instance { get; }
}

/// <summary>What the shader makes at output size.</summary>
internal sealed record ShadedFrame(byte[] Rgba, float[] DepthMetres, ushort[] Depth16, byte[] InstanceIds, double NearestMetres);

/// <summary>
/// Turns the supersampled buffer into output pixels: each sample's colour (triangle, ground with grid and shadow, or
/// sky; haze by distance; ink where parts meet in line styles), averaged in linear light over the pixel's samples and
/// encoded to sRGB; metric depth (1 / mean 1/z over the samples that hit something), 16-bit inverse depth
/// normalised to the frame, and the instance id most samples of the pixel carry.
/// </summary>
internal static class FrameShader
{
    public const double FarMetres = 200;
    private const int SkySteps = 1024;

    public static ShadedFrame Shade(SampleBuffer buffer, Camera camera, int factor, TriangleTable table, Backdrop backdrop, int threads, CancellationToken cancellationToken)
    {
        var w = buffer.Width / factor;
        var h = buffer.Height / factor;
        var nearest = 0f;
        foreach (var v in buffer.InverseDepth)
            nearest = Math.Max(nearest, v);
        const double far = 1 / FarMetres;
        var range = Math.Max(nearest - far, 1e-9);

        var sky = new float[(SkySteps + 1) * 3];
        for (var i = 0; i <= SkySteps; i++)
        {
            var c = LinearColour.Lerp(backdrop.SkyHorizon, backdrop.SkyTop, Math.Pow(i / (double)SkySteps, 0.6));
            (sky[i * 3], sky[(i * 3) + 1], sky[(i * 3) + 2]) = ((float)c.R, (float)c.G, (float)c.B);
        }

        var result = new ShadedFrame(new byte[w * h * 4], new float[w * h], new ushort[w * h], new byte[w * h], nearest > 0 ? 1 / nearest : double.PositiveInfinity);
        var context = new Context(buffer, camera, factor, table, backdrop, sky, far, range, w);
        Parallel.For(0, (h + 15) / 16, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads), CancellationToken = cancellationToken }, band =>
        {
            Span<byte> ids = stackalloc byte[factor * factor];
            for (var y = band * 16; y < Math.Min(h, (band + 1) * 16); y++)
            {
                for (var x = 0; x < w; x++)
                    ShadePixel(context, result, x, y, ids);
            }
        });
        return result;
    }

    private sealed record Context(SampleBuffer Buffer, Camera Camera, int Factor, TriangleTable Table, Backdrop Backdrop, float[] Sky, double Far, double Range, int OutWidth);

    private static void ShadePixel(Context k, ShadedFrame result, int x, int y, Span<byte> ids)
    {
        var buffer = k.Buffer;
        double r = 0, g = 0, b = 0, inverseSum = 0, normalised = 0;
        var hits = 0;
        var n = 0;
        for (var sy = y * k.Factor; sy < (y + 1) * k.Factor; sy++)
        {
            for (var sx = x * k.Factor; sx < (x + 1) * k.Factor; sx++)
            {
                var i = (sy * buffer.Width) + sx;
                var (cr, cg, cb) = SampleColour(k, sx, sy, i);
                r += cr;
                g += cg;
                b += cb;
                var inv = buffer.InverseDepth[i];
                if (inv > 0)
                {
                    inverseSum += inv;
                    hits++;
                }

                normalised += Math.Clamp((inv - k.Far) / k.Range, 0, 1);
                var t = buffer.Triangle[i];
                ids[n++] = t >= 0 ? k.Table.Instance[t] : (byte)0;
            }
        }

        var o = (y * k.OutWidth) + x;
        var scale = 1.0 / n;
        result.Rgba[o * 4] = LinearColour.Encode(r * scale);
        result.Rgba[(o * 4) + 1] = LinearColour.Encode(g * scale);
        result.Rgba[(o * 4) + 2] = LinearColour.Encode(b * scale);
        result.Rgba[(o * 4) + 3] = 255;
        result.DepthMetres[o] = hits > 0 ? (float)(hits / inverseSum) : float.PositiveInfinity;
        result.Depth16[o] = (ushort)Math.Round(normalised * scale * 65535, MidpointRounding.AwayFromZero);
        result.InstanceIds[o] = Majority(ids);
    }

    // The id most samples carry; a tie goes to the one met first (top-left first), which is fixed.
    private static byte Majority(Span<byte> ids)
    {
        byte best = ids[0];
        var bestCount = 0;
        for (var i = 0; i < ids.Length; i++)
        {
            var count = 0;
            for (var j = 0; j < ids.Length; j++)
            {
                if (ids[j] == ids[i])
                    count++;
            }

            if (count > bestCount)
            {
                best = ids[i];
                bestCount = count;
            }
        }

        return best;
    }

    private static (double R, double G, double B) SampleColour(Context k, int sx, int sy, int i)
    {
        var buffer = k.Buffer;
        var backdrop = k.Backdrop;
        var t = buffer.Triangle[i];
        if (backdrop.Ink is { } ink && IsEdge(k, sx, sy, i, t))
            return (ink.R, ink.G, ink.B);

        LinearColour c;
        if (t >= 0)
        {
            var colour = k.Table.Colour;
            c = new LinearColour(colour[t * 3], colour[(t * 3) + 1], colour[(t * 3) + 2]);
        }
        else if (t == SampleBuffer.Sky)
        {
            var ray = k.Camera.Ray(sx + 0.5, sy + 0.5);
            var up = Math.Clamp(ray.Y / ray.Length, 0, 1);
            var s = (int)(up * SkySteps) * 3;
            return (k.Sky[s], k.Sky[s + 1], k.Sky[s + 2]);
        }
        else
        {
            c = buffer.Shadow[i] != 0 ? backdrop.GroundShadowed : backdrop.GroundLit;
            if (backdrop.GridStrength > 0)
                c = Grid(k, sx, sy, buffer.InverseDepth[i], c);
        }

        var depth = 1 / buffer.InverseDepth[i];
        if (depth > Backdrop.HazeStart)
        {
            var haze = 1 - Math.Exp(-(depth - Backdrop.HazeStart) / Backdrop.HazeDistance);
            c = LinearColour.Lerp(c, backdrop.Haze, haze);
        }

        return (c.R, c.G, c.B);
    }

    private static LinearColour Grid(Context k, int sx, int sy, float inverseDepth, LinearColour c)
    {
        var camera = k.Camera;
        var ray = camera.Ray(sx + 0.5, sy + 0.5);
        var z = 1 / inverseDepth;
        var hit = camera.Position + (ray * z);
        var distance = z * ray.Length;
        var up = ray.Y / ray.Length;
        // A line one sample wide at distance d on a floor seen at a grazing angle is about d / f / sin(angle) metres wide.
        var halfWidth = Math.Max(0.008, distance / camera.FocalPixels * 0.6 / Math.Max(0.05, -up));
        var fade = Math.Clamp(1 - (distance / 45), 0, 1) * Math.Clamp(0.024 / halfWidth, 0, 1);
        if (fade > 0 && (NearLine(hit.X, halfWidth) || NearLine(hit.Z, halfWidth)))
            return LinearColour.Lerp(c, c * 0.7, k.Backdrop.GridStrength * fade);
        return c;
    }

    private static bool NearLine(double coordinate, double halfWidth) =>
        Math.Abs(coordinate - Math.Round(coordinate)) < halfWidth;

    // Ink where a sample's part differs from a neighbour's, or where two faces of one part meet at a crease.
    private static bool IsEdge(Context k, int sx, int sy, int i, int t)
    {
        var buffer = k.Buffer;
        var key = Key(k.Table, t);
        if (sx + 1 < buffer.Width && Differs(k.Table, t, key, buffer.Triangle[i + 1]))
            return true;
        if (sx > 0 && Differs(k.Table, t, key, buffer.Triangle[i - 1]))
            return true;
        if (sy + 1 < buffer.Height && Differs(k.Table, t, key, buffer.Triangle[i + buffer.Width]))
            return true;
        return sy > 0 && Differs(k.Table, t, key, buffer.Triangle[i - buffer.Width]);
    }

    private static int Key(TriangleTable table, int t) => t >= 0 ? table.Part[t] : t;

    private static bool Differs(TriangleTable table, int t, int key, int other)
    {
        if (other == t)
            return false;
        if (Key(table, other) != key)
            return true;
        if (t < 0 || other < 0)
            return false;
        var nt = table.Normal;
        var dot = (nt[t * 3] * nt[other * 3]) + (nt[(t * 3) + 1] * nt[(other * 3) + 1]) + (nt[(t * 3) + 2] * nt[(other * 3) + 2]);
        return dot < 0.6f;
    }
}
