using Backlot.Imaging;

namespace Backlot.Engines.Previs.Rendering;

/// <summary>
/// Draws flat-shaded triangles with back-face culling, clipping at the near plane and a z-buffer.
/// Single-threaded on purpose: the same triangles always give the same pixels.
/// </summary>
internal static class Rasterizer
{
    public static void Draw(FrameBuffer buffer, Camera camera, Triangle t, Rgba32 colour)
    {
        // Back faces point away from the camera.
        if (Vec3.Dot(t.Normal, t.A - camera.Position) >= 0)
            return;

        Span<Vec3> poly = stackalloc Vec3[4];
        var n = ClipNear(camera.ToCamera(t.A), camera.ToCamera(t.B), camera.ToCamera(t.C), poly);
        for (var i = 1; i + 1 < n; i++)
            Fill(buffer, camera, poly[0], poly[i], poly[i + 1], colour);
    }

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

    private static void Fill(FrameBuffer buffer, Camera camera, Vec3 a, Vec3 b, Vec3 c, Rgba32 colour)
    {
        var (ax, ay) = camera.Project(a);
        var (bx, by) = camera.Project(b);
        var (cx, cy) = camera.Project(c);
        var area = Edge(ax, ay, bx, by, cx, cy);
        if (Math.Abs(area) < 1e-12)
            return;

        var minX = Math.Max(0, (int)Math.Floor(Math.Min(ax, Math.Min(bx, cx))));
        var maxX = Math.Min(buffer.Width - 1, (int)Math.Ceiling(Math.Max(ax, Math.Max(bx, cx))));
        var minY = Math.Max(0, (int)Math.Floor(Math.Min(ay, Math.Min(by, cy))));
        var maxY = Math.Min(buffer.Height - 1, (int)Math.Ceiling(Math.Max(ay, Math.Max(by, cy))));
        if (minX > maxX || minY > maxY)
            return;

        // 1/z is linear in screen space, so it interpolates with plain barycentric weights.
        double ia = 1 / a.Z, ib = 1 / b.Z, ic = 1 / c.Z;
        var inverseArea = 1 / area;
        var depth = buffer.InverseDepth;
        for (var y = minY; y <= maxY; y++)
        {
            var py = y + 0.5;
            for (var x = minX; x <= maxX; x++)
            {
                var px = x + 0.5;
                var w0 = Edge(bx, by, cx, cy, px, py) * inverseArea;
                var w1 = Edge(cx, cy, ax, ay, px, py) * inverseArea;
                var w2 = 1 - w0 - w1;
                if (w0 < 0 || w1 < 0 || w2 < 0)
                    continue;
                var inv = (float)((w0 * ia) + (w1 * ib) + (w2 * ic));
                var i = (y * buffer.Width) + x;
                if (inv <= depth[i])
                    continue;
                buffer.Set(x, y, colour, inv);
            }
        }
    }

    private static double Edge(double ax, double ay, double bx, double by, double px, double py) =>
        ((bx - ax) * (py - ay)) - ((by - ay) * (px - ax));
}
