using Backlot.Imaging;

namespace Backlot.Engines.Previs.Drawing;

/// <summary>
/// A small 2D painter for plots, pose images and contact sheets: filled convex polygons, discs, thick lines and
/// pixel-font text, drawn on a canvas <see cref="Scale"/> times larger than the result and box-filtered down
/// (anti-aliasing). Coordinates are in result pixels; colours are sRGB with an opacity.
/// </summary>
internal sealed class Canvas
{
    public Canvas(int width, int height, Rgba32 background, int scale = 3)
    {
        Width = width;
        Height = height;
        Scale = scale;
        Image = new RgbaImage(width * scale, height * scale);
        var px = Image.Pixels;
        for (var i = 0; i < px.Length; i += 4)
            (px[i], px[i + 1], px[i + 2], px[i + 3]) = (background.R, background.G, background.B, 255);
    }

    public int Width { get; }

    public int Height { get; }

    public int Scale { get; }

    private RgbaImage Image { get; }

    public RgbaImage ToImage() => Image.Downscale(Scale);

    public void FillPolygon(ReadOnlySpan<(double X, double Y)> points, Rgba32 colour, double opacity = 1)
    {
        if (points.Length < 3)
            return;
        double minY = double.MaxValue, maxY = double.MinValue;
        foreach (var p in points)
        {
            minY = Math.Min(minY, p.Y * Scale);
            maxY = Math.Max(maxY, p.Y * Scale);
        }

        var y0 = Math.Max(0, (int)Math.Floor(minY));
        var y1 = Math.Min(Image.Height - 1, (int)Math.Ceiling(maxY));
        Span<double> xs = stackalloc double[points.Length];
        for (var y = y0; y <= y1; y++)
        {
            var py = y + 0.5;
            var n = 0;
            for (var i = 0; i < points.Length; i++)
            {
                var (ax, ay) = (points[i].X * Scale, points[i].Y * Scale);
                var (bx, by) = (points[(i + 1) % points.Length].X * Scale, points[(i + 1) % points.Length].Y * Scale);
                if ((ay <= py && by > py) || (by <= py && ay > py))
                    xs[n++] = ax + ((py - ay) / (by - ay) * (bx - ax));
            }

            xs[..n].Sort();
            for (var k = 0; k + 1 < n; k += 2)
            {
                var x0 = Math.Max(0, (int)Math.Ceiling(xs[k] - 0.5));
                var x1 = Math.Min(Image.Width - 1, (int)Math.Floor(xs[k + 1] - 0.5));
                for (var x = x0; x <= x1; x++)
                    Blend(x, y, colour, opacity);
            }
        }
    }

    public void FillCircle(double cx, double cy, double radius, Rgba32 colour, double opacity = 1)
    {
        var r = radius * Scale;
        var (sx, sy) = (cx * Scale, cy * Scale);
        var y0 = Math.Max(0, (int)Math.Floor(sy - r));
        var y1 = Math.Min(Image.Height - 1, (int)Math.Ceiling(sy + r));
        var x0 = Math.Max(0, (int)Math.Floor(sx - r));
        var x1 = Math.Min(Image.Width - 1, (int)Math.Ceiling(sx + r));
        for (var y = y0; y <= y1; y++)
        {
            for (var x = x0; x <= x1; x++)
            {
                var dx = x + 0.5 - sx;
                var dy = y + 0.5 - sy;
                if ((dx * dx) + (dy * dy) <= r * r)
                    Blend(x, y, colour, opacity);
            }
        }
    }

    /// <summary>A line of the given width with round ends.</summary>
    public void Line(double ax, double ay, double bx, double by, double width, Rgba32 colour, double opacity = 1)
    {
        var dx = bx - ax;
        var dy = by - ay;
        var length = Math.Sqrt((dx * dx) + (dy * dy));
        if (length > 1e-9)
        {
            var (nx, ny) = (-dy / length * width / 2, dx / length * width / 2);
            FillPolygon([(ax + nx, ay + ny), (bx + nx, by + ny), (bx - nx, by - ny), (ax - nx, ay - ny)], colour, opacity);
        }

        if (opacity >= 1)
        {
            FillCircle(ax, ay, width / 2, colour);
            FillCircle(bx, by, width / 2, colour);
        }
    }

    /// <summary>Text in the pixel font, its top-left corner at (x, y), each font pixel <paramref name="size"/> result pixels.</summary>
    public void Text(double x, double y, string text, double size, Rgba32 colour)
    {
        for (var i = 0; i < text.Length; i++)
        {
            for (var gy = 0; gy < TinyFont.GlyphHeight; gy++)
            {
                for (var gx = 0; gx < TinyFont.GlyphWidth; gx++)
                {
                    if (!TinyFont.IsSet(text[i], gx, gy))
                        continue;
                    var px = x + (((i * (TinyFont.GlyphWidth + 1)) + gx) * size);
                    var py = y + (gy * size);
                    FillPolygon([(px, py), (px + size, py), (px + size, py + size), (px, py + size)], colour);
                }
            }
        }
    }

    /// <summary>Copies an image into the canvas with its top-left corner at (x, y), in result pixels.</summary>
    public void Draw(RgbaImage image, int x, int y)
    {
        for (var iy = 0; iy < image.Height * Scale; iy++)
        {
            var ty = (y * Scale) + iy;
            if (ty < 0 || ty >= Image.Height)
                continue;
            for (var ix = 0; ix < image.Width * Scale; ix++)
            {
                var tx = (x * Scale) + ix;
                if (tx >= 0 && tx < Image.Width)
                    Image.SetPixel(tx, ty, image.GetPixel(ix / Scale, iy / Scale));
            }
        }
    }

    private void Blend(int x, int y, Rgba32 c, double opacity)
    {
        var i = ((y * Image.Width) + x) * 4;
        var px = Image.Pixels;
        if (opacity >= 1)
        {
            (px[i], px[i + 1], px[i + 2]) = (c.R, c.G, c.B);
            return;
        }

        px[i] = (byte)Math.Round((px[i] * (1 - opacity)) + (c.R * opacity));
        px[i + 1] = (byte)Math.Round((px[i + 1] * (1 - opacity)) + (c.G * opacity));
        px[i + 2] = (byte)Math.Round((px[i + 2] * (1 - opacity)) + (c.B * opacity));
    }
}
