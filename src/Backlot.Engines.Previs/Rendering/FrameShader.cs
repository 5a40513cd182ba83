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
        foreach (var v in buffer.InverseDepth.AsSpan(0, buffer.Count))
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
            var scratch = new RowScratch(w, factor);
            for (var y = band * 16; y < Math.Min(h, (band + 1) * 16); y++)
                ShadeRow(context, result, y, scratch);
        });
        return result;
    }

    private sealed record Context(SampleBuffer Buffer, Camera Camera, int Factor, TriangleTable Table, Backdrop Backdrop, float[] Sky, double Far, double Range, int OutWidth);

    /// <summary>Per-output-pixel sums for one output row, reused across rows.</summary>
    private sealed class RowScratch(int width, int factor)
    {
        public double[] Colour { get; } = new double[width * 3];
        public double[] Inverse { get; } = new double[width];
        public double[] Normalised { get; } = new double[width];
        public int[] Hits { get; } = new int[width];
        public byte[] Ids { get; } = new byte[width * factor * factor];
    }

    // Walks the output row's sample rows left to right (the ray to each sample is linear along a row), summing
    // colour, depth and ids per output pixel, then averages and encodes.
    private static void ShadeRow(Context k, ShadedFrame result, int y, RowScratch s)
    {
        var buffer = k.Buffer;
        var f = k.Factor;
        var backdrop = k.Backdrop;
        var colours = k.Table.Colour;
        var instances = k.Table.Instance;
        var camera = k.Camera;
        Array.Clear(s.Colour);
        Array.Clear(s.Inverse);
        Array.Clear(s.Normalised);
        Array.Clear(s.Hits);
        var step = camera.Right * (1 / camera.FocalPixels);
        const float hazeFrom = (float)(1 / Backdrop.HazeStart);
        const float gridTo = 1f / 45;
        for (var sub = 0; sub < f; sub++)
        {
            var sy = (y * f) + sub;
            var rowRay = camera.Ray(0.5, sy + 0.5);
            var row = sy * buffer.Width;
            for (var sx = 0; sx < buffer.Width; sx++)
            {
                var i = row + sx;
                var o = sx / f;
                var t = buffer.Triangle[i];
                var inv = buffer.InverseDepth[i];
                double r, g, b;
                if (backdrop.Ink is { } ink && IsEdge(k, sx, sy, i, t))
                {
                    (r, g, b) = (ink.R, ink.G, ink.B);
                }
                else if (t == SampleBuffer.Sky)
                {
                    var ray = rowRay + (step * sx);
                    var up = Math.Clamp(ray.Y / ray.Length, 0, 1);
                    var si = (int)(up * SkySteps) * 3;
                    (r, g, b) = (k.Sky[si], k.Sky[si + 1], k.Sky[si + 2]);
                }
                else
                {
                    LinearColour c;
                    if (t >= 0)
                    {
                        c = new LinearColour(colours[t * 3], colours[(t * 3) + 1], colours[(t * 3) + 2]);
                    }
                    else
                    {
                        c = buffer.Shadow[i] != 0 ? backdrop.GroundShadowed : backdrop.GroundLit;
                        if (backdrop.GridStrength > 0 && inv > gridTo)
                            c = Grid(k, rowRay + (step * sx), inv, c);
                    }

                    if (inv < hazeFrom)
                    {
                        var haze = 1 - Math.Exp(-((1 / inv) - Backdrop.HazeStart) / Backdrop.HazeDistance);
                        c = LinearColour.Lerp(c, backdrop.Haze, haze);
                    }

                    (r, g, b) = (c.R, c.G, c.B);
                }

                s.Colour[o * 3] += r;
                s.Colour[(o * 3) + 1] += g;
                s.Colour[(o * 3) + 2] += b;
                if (inv > 0)
                {
                    s.Inverse[o] += inv;
                    s.Hits[o]++;
                }

                s.Normalised[o] += Math.Clamp((inv - k.Far) / k.Range, 0, 1);
                s.Ids[(o * f * f) + (sub * f) + (sx - (o * f))] = t >= 0 ? instances[t] : (byte)0;
            }
        }

        var n = f * f;
        var scale = 1.0 / n;
        for (var x = 0; x < k.OutWidth; x++)
        {
            var o = (y * k.OutWidth) + x;
            result.Rgba[o * 4] = LinearColour.Encode(s.Colour[x * 3] * scale);
            result.Rgba[(o * 4) + 1] = LinearColour.Encode(s.Colour[(x * 3) + 1] * scale);
            result.Rgba[(o * 4) + 2] = LinearColour.Encode(s.Colour[(x * 3) + 2] * scale);
            result.Rgba[(o * 4) + 3] = 255;
            result.DepthMetres[o] = s.Hits[x] > 0 ? (float)(s.Hits[x] / s.Inverse[x]) : float.PositiveInfinity;
            result.Depth16[o] = (ushort)Math.Round(s.Normalised[x] * scale * 65535, MidpointRounding.AwayFromZero);
            result.InstanceIds[o] = Majority(s.Ids.AsSpan(x * n, n));
        }
    }

    // The id most samples carry; a tie goes to the one met first (top-left first), which is fixed.
    private static byte Majority(Span<byte> ids)
    {
        if (ids.IndexOfAnyExcept(ids[0]) < 0)
            return ids[0];
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

    private static LinearColour Grid(Context k, Vec3 ray, float inverseDepth, LinearColour c)
    {
        var camera = k.Camera;
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
