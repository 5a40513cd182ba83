namespace Backlot.Engines.Previs.Rendering;

/// <summary>
/// Scan-converts triangles into a <see cref="SampleBuffer"/>: back-face culling, clipping at the near plane, a z-buffer
/// on 1/z (exact in screen space), then ground shadows (the triangles flattened onto the floor along the key light).
/// The frame is cut into bands of rows that are drawn independently, each in the triangles' order, so the result is
/// the same bytes on any number of threads.
/// </summary>
internal static class Rasterizer
{
    private const int BandRows = 24;
    private const double Inside = -1e-9;

    public static void Draw(SampleBuffer buffer, Camera camera, IReadOnlyList<Triangle> triangles, Vec3? shadowDirection, int threads, CancellationToken cancellationToken)
    {
        var bandCount = (buffer.Height + BandRows - 1) / BandRows;
        var main = Setup(buffer, camera, triangles, shadowDirection: null, bandCount);
        var shadows = shadowDirection is { } dir ? Setup(buffer, camera, triangles, dir, bandCount) : null;

        Parallel.For(0, bandCount, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads), CancellationToken = cancellationToken }, band =>
        {
            var y0 = band * BandRows;
            var y1 = Math.Min(buffer.Height, y0 + BandRows) - 1;
            foreach (var i in main.Buckets[band])
                Fill(buffer, main.Screen[i], y0, y1, shadow: false);
            if (shadows is not null)
            {
                foreach (var i in shadows.Buckets[band])
                    Fill(buffer, shadows.Screen[i], y0, y1, shadow: true);
            }
        });
    }

    private sealed record Prepared(List<ScreenTriangle> Screen, List<int>[] Buckets);

    private static Prepared Setup(SampleBuffer buffer, Camera camera, IReadOnlyList<Triangle> triangles, Vec3? shadowDirection, int bandCount)
    {
        var screen = new List<ScreenTriangle>(triangles.Count);
        var buckets = new List<int>[bandCount];
        for (var b = 0; b < bandCount; b++)
            buckets[b] = [];

        Span<Vec3> poly = stackalloc Vec3[4];
        for (var index = 0; index < triangles.Count; index++)
        {
            var t = triangles[index];
            Vec3 a = t.A, b = t.B, c = t.C;
            if (shadowDirection is { } d)
            {
                if (!t.CastsShadow)
                    continue;
                a = Flatten(a, d);
                b = Flatten(b, d);
                c = Flatten(c, d);
            }
            else if (Vec3.Dot(t.Normal, t.A - camera.Position) >= 0)
            {
                continue; // faces away from the camera
            }

            var n = ClipNear(camera.ToCamera(a), camera.ToCamera(b), camera.ToCamera(c), poly);
            for (var i = 1; i + 1 < n; i++)
            {
                if (ScreenTriangle.Create(camera, poly[0], poly[i], poly[i + 1], index, buffer.Width, buffer.Height) is not { } s)
                    continue;
                var id = screen.Count;
                screen.Add(s);
                for (var band = s.MinY / BandRows; band <= s.MaxY / BandRows; band++)
                    buckets[band].Add(id);
            }
        }

        return new Prepared(screen, buckets);
    }

    // A point on a shadow caster slides along the light onto the floor (y = 0).
    private static Vec3 Flatten(Vec3 p, Vec3 toLight) => p - (toLight * (Math.Max(0, p.Y) / toLight.Y));

    /// <summary>Sutherland–Hodgman against z = near; a triangle becomes 0, 3 or 4 vertices.</summary>
    private static int ClipNear(Vec3 a, Vec3 b, Vec3 c, Span<Vec3> output)
    {
        ReadOnlySpan<Vec3> input = [a, b, c];
        var count = 0;
        for (var i = 0; i < 3; i++)
        {
            var p = input[i];
            var q = input[(i + 1) % 3];
            var pIn = p.Z >= Camera.Near;
            var qIn = q.Z >= Camera.Near;
            if (pIn)
                output[count++] = p;
            if (pIn != qIn)
            {
                var s = (Camera.Near - p.Z) / (q.Z - p.Z);
                output[count++] = p + ((q - p) * s);
            }
        }

        return count;
    }

    private static void Fill(SampleBuffer buffer, in ScreenTriangle t, int bandY0, int bandY1, bool shadow)
    {
        var y0 = Math.Max(t.MinY, bandY0);
        var y1 = Math.Min(t.MaxY, bandY1);
        var width = buffer.Width;
        var depth = buffer.InverseDepth;
        var tri = buffer.Triangle;
        var mask = buffer.Shadow;
        for (var y = y0; y <= y1; y++)
        {
            var py = y + 0.5;
            // Each barycentric weight is linear in x along the row: intersect the three half-lines where it is ≥ 0.
            double lo = double.NegativeInfinity, hi = double.PositiveInfinity;
            var k0 = (t.B0 * py) + t.C0;
            var k1 = (t.B1 * py) + t.C1;
            var k2 = (t.B2 * py) + t.C2;
            if (!Span(t.A0, k0, ref lo, ref hi) || !Span(t.A1, k1, ref lo, ref hi) || !Span(t.A2, k2, ref lo, ref hi))
                continue;
            var x0 = Math.Max(t.MinX, (int)Math.Ceiling(lo - 0.5));
            var x1 = Math.Min(t.MaxX, (int)Math.Floor(hi - 0.5));
            var row = y * width;
            if (shadow)
            {
                for (var x = x0; x <= x1; x++)
                    mask[row + x] = 1;
                continue;
            }

            var zRow = (t.Zy * py) + t.Z0;
            for (var x = x0; x <= x1; x++)
            {
                var z = (float)((t.Zx * (x + 0.5)) + zRow);
                var i = row + x;
                if (z > depth[i])
                {
                    depth[i] = z;
                    tri[i] = t.Index;
                }
            }
        }
    }

    private static bool Span(double a, double k, ref double lo, ref double hi)
    {
        if (a > 0)
            lo = Math.Max(lo, (Inside - k) / a);
        else if (a < 0)
            hi = Math.Min(hi, (Inside - k) / a);
        else if (k < Inside)
            return false;
        return lo <= hi;
    }

    /// <summary>A projected triangle: its barycentric weights and 1/z as planes over the image (w = A·x + B·y + C).</summary>
    private readonly record struct ScreenTriangle(
        double A0, double B0, double C0,
        double A1, double B1, double C1,
        double A2, double B2, double C2,
        double Zx, double Zy, double Z0,
        int MinX, int MaxX, int MinY, int MaxY, int Index)
    {
        public static ScreenTriangle? Create(Camera camera, Vec3 a, Vec3 b, Vec3 c, int index, int width, int height)
        {
            var (ax, ay) = camera.Project(a);
            var (bx, by) = camera.Project(b);
            var (cx, cy) = camera.Project(c);
            var area = ((bx - ax) * (cy - ay)) - ((by - ay) * (cx - ax));
            if (Math.Abs(area) < 1e-12 || !double.IsFinite(area))
                return null;

            var minX = Math.Max(0, (int)Math.Floor(Math.Min(ax, Math.Min(bx, cx))));
            var maxX = Math.Min(width - 1, (int)Math.Ceiling(Math.Max(ax, Math.Max(bx, cx))));
            var minY = Math.Max(0, (int)Math.Floor(Math.Min(ay, Math.Min(by, cy))));
            var maxY = Math.Min(height - 1, (int)Math.Ceiling(Math.Max(ay, Math.Max(by, cy))));
            if (minX > maxX || minY > maxY)
                return null;

            var inv = 1 / area;
            // w0 is the weight of a: the signed area of (b, c, p) over the whole.
            double a0 = -(cy - by) * inv, b0 = (cx - bx) * inv, c0 = (((cy - by) * bx) - ((cx - bx) * by)) * inv;
            double a1 = -(ay - cy) * inv, b1 = (ax - cx) * inv, c1 = (((ay - cy) * cx) - ((ax - cx) * cy)) * inv;
            double a2 = -(by - ay) * inv, b2 = (bx - ax) * inv, c2 = (((by - ay) * ax) - ((bx - ax) * ay)) * inv;
            double za = 1 / a.Z, zb = 1 / b.Z, zc = 1 / c.Z;
            return new ScreenTriangle(
                a0, b0, c0, a1, b1, c1, a2, b2, c2,
                (a0 * za) + (a1 * zb) + (a2 * zc),
                (b0 * za) + (b1 * zb) + (b2 * zc),
                (c0 * za) + (c1 * zb) + (c2 * zc),
                minX, maxX, minY, maxY, index);
        }
    }
}
