using Backlot.Imaging;

namespace Backlot.WatermarkStudy;

/// <summary>
/// Previs-like frames drawn here, no files needed: flat-shaded sets (sky gradient, floor, boxes, capsule
/// "characters" with hard shadows), the same with film grain, soft-shaded spheres, and title cards with
/// text-like strokes over gradients. The index picks the kind and seeds everything else.
/// </summary>
internal static class SyntheticScenes
{
    public static RgbaImage Render(int index, int width, int height)
    {
        var rng = new Random(unchecked((index * 7919) + 17));
        var image = new RgbaImage(width, height);
        var kind = index % 4;
        var sky0 = RandomColour(rng, 120, 230);
        var sky1 = RandomColour(rng, 60, 200);
        var floor = RandomColour(rng, 40, 160);
        var horizon = (int)(height * (0.35 + (0.3 * rng.NextDouble())));
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                if (kind == 3 || y < horizon)
                {
                    var t = (double)y / height;
                    Put(image, x, y, Mix(sky0, sky1, t));
                }
                else
                {
                    var shade = 0.8 + (0.2 * (y - horizon) / (double)(height - horizon));
                    Put(image, x, y, Scale(floor, shade));
                }
            }
        }

        switch (kind)
        {
            case 0 or 1:
                DrawSet(image, rng, horizon);
                break;
            case 2:
                DrawSpheres(image, rng);
                break;
            default:
                DrawTitleCard(image, rng);
                break;
        }

        if (kind == 1)
            Grain(image, rng, 1.5 + (2.5 * rng.NextDouble()));
        return image;
    }

    private static void DrawSet(RgbaImage image, Random rng, int horizon)
    {
        var (w, h) = (image.Width, image.Height);
        var boxes = 2 + rng.Next(5);
        for (var b = 0; b < boxes; b++)
        {
            var colour = RandomColour(rng, 30, 220);
            var bw = (int)(w * (0.08 + (0.25 * rng.NextDouble())));
            var bh = (int)(h * (0.1 + (0.35 * rng.NextDouble())));
            var x0 = rng.Next(-bw / 2, w - (bw / 2));
            var y1 = horizon + rng.Next(Math.Max(1, h - horizon));
            var depth = bw / 3;
            // Shadow, side face, front face: three flat shades.
            FillRect(image, x0 + depth, y1 - (depth / 3), bw, depth / 2, Scale(ReadPixel(image, Math.Clamp(x0, 0, w - 1), Math.Clamp(y1, 0, h - 1)), 0.55));
            FillRect(image, x0 + bw, y1 - bh - (depth / 2), depth / 2, bh, Scale(colour, 0.6));
            FillRect(image, x0, y1 - bh - (depth / 2), bw + (depth / 2), depth / 2, Scale(colour, 1.15));
            FillRect(image, x0, y1 - bh, bw, bh, colour);
        }

        var people = rng.Next(4);
        for (var p = 0; p < people; p++)
        {
            var colour = RandomColour(rng, 40, 230);
            var cx = rng.Next(w);
            var feet = horizon + rng.Next(Math.Max(1, h - horizon));
            var tall = (int)(h * (0.2 + (0.3 * rng.NextDouble())));
            FillEllipse(image, cx + (tall / 5), feet, tall / 5, tall / 20, new Rgba32(30, 30, 35));
            FillEllipse(image, cx, feet - (tall / 2), tall / 7, tall / 2, colour);
            FillEllipse(image, cx, feet - tall - (tall / 10), tall / 9, tall / 9, new Rgba32(224, 180, 150));
        }
    }

    private static void DrawSpheres(RgbaImage image, Random rng)
    {
        var (w, h) = (image.Width, image.Height);
        var count = 2 + rng.Next(5);
        var (lx, ly, lz) = (-0.5, -0.6, 0.62);
        for (var s = 0; s < count; s++)
        {
            var colour = RandomColour(rng, 60, 240);
            var r = (int)(Math.Min(w, h) * (0.08 + (0.2 * rng.NextDouble())));
            var cx = rng.Next(w);
            var cy = rng.Next(h);
            for (var y = Math.Max(0, cy - r); y < Math.Min(h, cy + r); y++)
            {
                for (var x = Math.Max(0, cx - r); x < Math.Min(w, cx + r); x++)
                {
                    var nx = (x - cx) / (double)r;
                    var ny = (y - cy) / (double)r;
                    var d = (nx * nx) + (ny * ny);
                    if (d > 1)
                        continue;
                    var nz = Math.Sqrt(1 - d);
                    var lambert = Math.Max(0, (nx * lx) + (ny * ly) + (nz * lz));
                    Put(image, x, y, Scale(colour, 0.25 + (0.85 * lambert)));
                }
            }
        }
    }

    private static void DrawTitleCard(RgbaImage image, Random rng)
    {
        var (w, h) = (image.Width, image.Height);
        var ink = rng.Next(2) == 0 ? new Rgba32(20, 20, 24) : new Rgba32(245, 245, 240);
        var lines = 3 + rng.Next(8);
        var size = Math.Max(6, h / (lines * 3));
        for (var line = 0; line < lines; line++)
        {
            var y = (int)(h * 0.1) + (line * size * 2);
            var x = (int)(w * 0.08);
            while (x < w * 0.9 && y < h - size)
            {
                var glyph = size / 2 + rng.Next(size / 2);
                // A glyph: two or three strokes inside a size×glyph cell.
                for (var s = 0; s < 2 + rng.Next(2); s++)
                {
                    var (ax, ay) = (x + rng.Next(glyph), y + rng.Next(size));
                    var (bx, by) = (x + rng.Next(glyph), y + rng.Next(size));
                    Stroke(image, ax, ay, bx, by, Math.Max(1, size / 8), ink);
                }

                x += glyph + (rng.Next(5) == 0 ? size : size / 4);
            }
        }
    }

    private static void Grain(RgbaImage image, Random rng, double sigma)
    {
        var px = image.Pixels;
        for (var i = 0; i < px.Length; i += 4)
        {
            var n = sigma * Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
            for (var c = 0; c < 3; c++)
                px[i + c] = (byte)Math.Clamp((int)Math.Round(px[i + c] + n), 0, 255);
        }
    }

    private static void Stroke(RgbaImage image, int ax, int ay, int bx, int by, int thick, Rgba32 c)
    {
        var steps = Math.Max(Math.Abs(bx - ax), Math.Abs(by - ay)) + 1;
        for (var i = 0; i <= steps; i++)
        {
            var x = ax + ((bx - ax) * i / steps);
            var y = ay + ((by - ay) * i / steps);
            FillRect(image, x - (thick / 2), y - (thick / 2), thick, thick, c);
        }
    }

    private static void FillRect(RgbaImage image, int x0, int y0, int w, int h, Rgba32 c)
    {
        for (var y = Math.Max(0, y0); y < Math.Min(image.Height, y0 + h); y++)
        {
            for (var x = Math.Max(0, x0); x < Math.Min(image.Width, x0 + w); x++)
                Put(image, x, y, c);
        }
    }

    private static void FillEllipse(RgbaImage image, int cx, int cy, int rx, int ry, Rgba32 c)
    {
        rx = Math.Max(1, rx);
        ry = Math.Max(1, ry);
        for (var y = Math.Max(0, cy - ry); y < Math.Min(image.Height, cy + ry); y++)
        {
            for (var x = Math.Max(0, cx - rx); x < Math.Min(image.Width, cx + rx); x++)
            {
                var dx = (x - cx) / (double)rx;
                var dy = (y - cy) / (double)ry;
                if ((dx * dx) + (dy * dy) <= 1)
                    Put(image, x, y, c);
            }
        }
    }

    private static Rgba32 ReadPixel(RgbaImage image, int x, int y) => image.GetPixel(x, y);

    private static void Put(RgbaImage image, int x, int y, Rgba32 c) => image.SetPixel(x, y, c);

    private static Rgba32 RandomColour(Random rng, int lo, int hi) =>
        new((byte)rng.Next(lo, hi), (byte)rng.Next(lo, hi), (byte)rng.Next(lo, hi));

    private static Rgba32 Mix(Rgba32 a, Rgba32 b, double t) =>
        new((byte)(a.R + ((b.R - a.R) * t)), (byte)(a.G + ((b.G - a.G) * t)), (byte)(a.B + ((b.B - a.B) * t)));

    private static Rgba32 Scale(Rgba32 c, double f) =>
        new((byte)Math.Clamp(c.R * f, 0, 255), (byte)Math.Clamp(c.G * f, 0, 255), (byte)Math.Clamp(c.B * f, 0, 255));
}
