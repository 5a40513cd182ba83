using System.Globalization;
using Backlot.Engines.Previs.Drawing;
using Backlot.Engines.Previs.Rendering;
using Backlot.Engines.Previs.Scene;
using Backlot.Imaging;

namespace Backlot.Engines.Previs.Outputs;

/// <summary>
/// A top-down camera plot, as a 1st AD would sketch it: upstage at the top, downstage (the camera's usual side) at the
/// bottom, stage left to the right; a 1 m grid, the set's footprints, each character as a disc in its top colour with a
/// facing tick and its name, and the camera with its field-of-view wedge and lens.
/// </summary>
internal static class CameraPlot
{
    public const int Size = 480;

    private static readonly Rgba32 Paper = Rgba32.FromHex("#f6f3ec");
    private static readonly Rgba32 InkColour = Rgba32.FromHex("#2b2a2e");

    public static RgbaImage Draw(SetDressing set, IReadOnlyList<Mannequin> figures, Camera camera)
    {
        // The window: characters and camera with a margin, at least 12 m across, square.
        var xs = figures.Select(f => f.Figure.Feet.X).Append(camera.Position.X).Append(0).ToList();
        var zs = figures.Select(f => f.Figure.Feet.Z).Append(camera.Position.Z).Append(0).ToList();
        var (minX, maxX, minZ, maxZ) = (xs.Min() - 3, xs.Max() + 3, zs.Min() - 3, zs.Max() + 3);
        var span = Math.Max(12, Math.Max(maxX - minX, maxZ - minZ));
        var (cx, cz) = ((minX + maxX) / 2, (minZ + maxZ) / 2);
        var scale = (Size - 40) / span;
        (double X, double Y) P(double x, double z) => ((Size / 2.0) + ((x - cx) * scale), (Size / 2.0) + ((z - cz) * scale));

        var canvas = new Canvas(Size, Size, Paper, 2);
        var grid = Rgba32.FromHex("#e2ddd2");
        var step = span > 60 ? 10 : span > 25 ? 5 : 1;
        for (var g = Math.Floor((cx - span) / step) * step; g <= cx + span; g += step)
        {
            var (x, _) = P(g, 0);
            canvas.Line(x, 0, x, Size, 1, grid);
        }

        for (var g = Math.Floor((cz - span) / step) * step; g <= cz + span; g += step)
        {
            var (_, y) = P(0, g);
            canvas.Line(0, y, Size, y, 1, grid);
        }

        foreach (var f in set.Footprints)
        {
            var fill = Lighten(f.Colour.ToSrgb());
            if (f.Round)
            {
                var (x, y) = P(f.X, f.Z);
                canvas.FillCircle(x, y, (f.HalfX * scale) + 0.8, InkColour, 0.8);
                canvas.FillCircle(x, y, Math.Max(0.5, f.HalfX * scale), fill);
                continue;
            }

            var corners = new (double X, double Y)[4];
            var inner = new (double X, double Y)[4];
            ReadOnlySpan<(double, double)> signs = [(-1, -1), (1, -1), (1, 1), (-1, 1)];
            for (var k = 0; k < 4; k++)
            {
                var (sx, sz) = signs[k];
                var w = new Vec3(sx * f.HalfX, 0, sz * f.HalfZ).RotateY(f.Yaw);
                corners[k] = P(f.X + w.X, f.Z + w.Z);
                var (ox, oy) = corners[k];
                var (mx, my) = P(f.X, f.Z);
                var len = Math.Sqrt(((ox - mx) * (ox - mx)) + ((oy - my) * (oy - my)));
                var shrink = len > 1.2 ? (len - 0.9) / len : 1;
                inner[k] = (mx + ((ox - mx) * shrink), my + ((oy - my) * shrink));
            }

            canvas.FillPolygon(corners, InkColour, 0.8);
            canvas.FillPolygon(inner, fill);
        }

        // Camera: field-of-view wedge, body, lens label.
        var yaw = Math.Atan2(camera.Forward.X, camera.Forward.Z);
        var half = camera.HorizontalFov / 2;
        var reach = span * 1.5;
        var (px, py) = P(camera.Position.X, camera.Position.Z);
        var l = new Vec3(0, 0, reach).RotateY(yaw + half);
        var r = new Vec3(0, 0, reach).RotateY(yaw - half);
        (double X, double Y)[] wedge = [(px, py), P(camera.Position.X + l.X, camera.Position.Z + l.Z), P(camera.Position.X + r.X, camera.Position.Z + r.Z)];
        canvas.FillPolygon(wedge, Rgba32.FromHex("#f0c040"), 0.22);
        canvas.Line(px, py, wedge[1].X, wedge[1].Y, 1.2, Rgba32.FromHex("#c08a00"));
        canvas.Line(px, py, wedge[2].X, wedge[2].Y, 1.2, Rgba32.FromHex("#c08a00"));
        var body = new (double X, double Y)[4];
        ReadOnlySpan<(double, double)> box = [(-0.25, -0.35), (0.25, -0.35), (0.25, 0.2), (-0.25, 0.2)];
        var size = Math.Max(14 / scale, 0.5);
        for (var k = 0; k < 4; k++)
        {
            var (bx, bz) = box[k];
            var v = new Vec3(bx * size, 0, bz * size).RotateY(yaw);
            body[k] = P(camera.Position.X + v.X, camera.Position.Z + v.Z);
        }

        canvas.FillPolygon(body, InkColour);
        var label = string.Create(CultureInfo.InvariantCulture, $"CAM {camera.FocalMm:0.#}MM");
        canvas.Text(Math.Clamp(px + 10, 2, Size - TinyFont.Measure(label, 2) - 2), Math.Clamp(py + 8, 2, Size - 16), label, 2, InkColour);

        // Discs first, then names: below the disc, or above it when that would cover a name already placed.
        var labels = new List<(double X, double Y, double W)>();
        foreach (var m in figures)
        {
            var f = m.Figure;
            var (x, y) = P(f.Feet.X, f.Feet.Z);
            var radius = Math.Max(5, f.FootprintRadius * scale);
            var tip = P(f.Feet.X + (f.Facing.X * f.FootprintRadius * 2.2), f.Feet.Z + (f.Facing.Z * f.FootprintRadius * 2.2));
            canvas.Line(x, y, tip.X, tip.Y, 2.5, InkColour);
            canvas.FillCircle(x, y, radius + 1.5, InkColour);
            canvas.FillCircle(x, y, radius, f.Colours.Top);
        }

        foreach (var m in figures)
        {
            var f = m.Figure;
            var (x, y) = P(f.Feet.X, f.Feet.Z);
            var radius = Math.Max(5, f.FootprintRadius * scale);
            var name = f.Hidden ? f.Name + " (POV)" : f.Name;
            var width = TinyFont.Measure(name, 2);
            var lx = Math.Clamp(x - (width / 2.0), 2, Size - width - 2);
            var ly = Math.Min(Size - 16, y + radius + 5);
            if (labels.Any(l => Math.Abs(l.Y - ly) < 16 && lx < l.X + l.W + 4 && l.X < lx + width + 4))
                ly = Math.Max(2, y - radius - 19);
            labels.Add((lx, ly, width));
            canvas.Text(lx, ly, name, 2, InkColour);
        }

        canvas.Text(6, 6, set.Name.ToUpperInvariant() + " - UPSTAGE", 2, InkColour);
        canvas.Text(6, Size - 18, "DOWNSTAGE", 2, InkColour);
        return canvas.ToImage();
    }

    private static Rgba32 Lighten(Rgba32 c) => new((byte)((c.R + 255) / 2), (byte)((c.G + 255) / 2), (byte)((c.B + 255) / 2));
}
