namespace Backlot.Imaging.Processing;

/// <summary>
/// Reduces an image to at most 256 colours, as a conversion to an 8-bit paletted PNG does:
/// the palette comes from median cut (Heckbert 1982) over the image's RGB colours; pixels take the
/// nearest palette colour, optionally with Floyd–Steinberg error diffusion. Alpha is kept as it is.
/// </summary>
public static class PaletteQuantizer
{
    public static RgbaImage Quantize(RgbaImage image, int colours = 256, bool dither = false)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentOutOfRangeException.ThrowIfLessThan(colours, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(colours, 256);
        var palette = MedianCut(image, colours);
        return dither ? MapDithered(image, palette) : MapNearest(image, palette);
    }

    /// <summary>The median-cut palette: boxes of distinct colours split along their longest axis at the pixel median.</summary>
    public static Rgba32[] MedianCut(RgbaImage image, int colours)
    {
        ArgumentNullException.ThrowIfNull(image);
        var counts = new Dictionary<int, int>();
        var px = image.Pixels;
        for (var i = 0; i < px.Length; i += 4)
        {
            var key = (px[i] << 16) | (px[i + 1] << 8) | px[i + 2];
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        var entries = counts.OrderBy(kv => kv.Key).Select(kv => (Colour: kv.Key, Count: kv.Value)).ToArray();
        var boxes = new List<(int Start, int Length)> { (0, entries.Length) };
        while (boxes.Count < colours)
        {
            // Split the box with the widest channel range (ties: the first); stop when none can split.
            var best = -1;
            var bestRange = 0;
            var bestChannel = 0;
            for (var b = 0; b < boxes.Count; b++)
            {
                if (boxes[b].Length < 2)
                    continue;
                var (range, channel) = WidestChannel(entries.AsSpan(boxes[b].Start, boxes[b].Length));
                if (range > bestRange)
                    (best, bestRange, bestChannel) = (b, range, channel);
            }

            if (best < 0)
                break;
            var (start, length) = boxes[best];
            var slice = entries.AsSpan(start, length);
            var shift = 16 - (8 * bestChannel);
            slice.Sort((a, c) => (((a.Colour >> shift) & 255) - ((c.Colour >> shift) & 255)) is var d && d != 0 ? d : a.Colour - c.Colour);
            long total = 0;
            foreach (var e in slice)
                total += e.Count;
            long running = 0;
            var cut = 1;
            for (var i = 0; i < slice.Length - 1; i++)
            {
                running += slice[i].Count;
                cut = i + 1;
                if (running * 2 >= total)
                    break;
            }

            boxes[best] = (start, cut);
            boxes.Add((start + cut, length - cut));
        }

        var palette = new Rgba32[boxes.Count];
        for (var b = 0; b < boxes.Count; b++)
        {
            long r = 0, g = 0, bl = 0, n = 0;
            foreach (var (colour, count) in entries.AsSpan(boxes[b].Start, boxes[b].Length))
            {
                r += ((colour >> 16) & 255) * (long)count;
                g += ((colour >> 8) & 255) * (long)count;
                bl += (colour & 255) * (long)count;
                n += count;
            }

            palette[b] = new((byte)((r + (n / 2)) / n), (byte)((g + (n / 2)) / n), (byte)((bl + (n / 2)) / n));
        }

        return palette;
    }

    private static (int Range, int Channel) WidestChannel(ReadOnlySpan<(int Colour, int Count)> box)
    {
        Span<int> lo = [255, 255, 255];
        Span<int> hi = [0, 0, 0];
        foreach (var (colour, _) in box)
        {
            for (var c = 0; c < 3; c++)
            {
                var v = (colour >> (16 - (8 * c))) & 255;
                lo[c] = Math.Min(lo[c], v);
                hi[c] = Math.Max(hi[c], v);
            }
        }

        var channel = 0;
        for (var c = 1; c < 3; c++)
        {
            if (hi[c] - lo[c] > hi[channel] - lo[channel])
                channel = c;
        }

        return (hi[channel] - lo[channel], channel);
    }

    private static int Nearest(Rgba32[] palette, float r, float g, float b)
    {
        var best = 0;
        var bestDistance = float.MaxValue;
        for (var i = 0; i < palette.Length; i++)
        {
            var dr = palette[i].R - r;
            var dg = palette[i].G - g;
            var db = palette[i].B - b;
            var d = (dr * dr) + (dg * dg) + (db * db);
            if (d < bestDistance)
                (best, bestDistance) = (i, d);
        }

        return best;
    }

    private static RgbaImage MapNearest(RgbaImage image, Rgba32[] palette)
    {
        var cache = new Dictionary<int, int>();
        var result = new RgbaImage(image.Width, image.Height);
        var src = image.Pixels;
        var dst = result.Pixels;
        for (var i = 0; i < src.Length; i += 4)
        {
            var key = (src[i] << 16) | (src[i + 1] << 8) | src[i + 2];
            if (!cache.TryGetValue(key, out var index))
                cache[key] = index = Nearest(palette, src[i], src[i + 1], src[i + 2]);
            dst[i] = palette[index].R;
            dst[i + 1] = palette[index].G;
            dst[i + 2] = palette[index].B;
            dst[i + 3] = src[i + 3];
        }

        return result;
    }

    private static RgbaImage MapDithered(RgbaImage image, Rgba32[] palette)
    {
        var (w, h) = (image.Width, image.Height);
        var work = new float[w * h * 3];
        for (var i = 0; i < w * h; i++)
        {
            for (var c = 0; c < 3; c++)
                work[(i * 3) + c] = image.Pixels[(i * 4) + c];
        }

        // Error-diffused values are rounded to whole levels before the search, so one cache serves every pixel.
        var cache = new Dictionary<int, int>();
        var result = new RgbaImage(w, h);
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                var i = (y * w) + x;
                var r = (int)Math.Clamp(MathF.Round(work[i * 3]), 0, 255);
                var g = (int)Math.Clamp(MathF.Round(work[(i * 3) + 1]), 0, 255);
                var b = (int)Math.Clamp(MathF.Round(work[(i * 3) + 2]), 0, 255);
                var key = (r << 16) | (g << 8) | b;
                if (!cache.TryGetValue(key, out var index))
                    cache[key] = index = Nearest(palette, r, g, b);
                var p = palette[index];
                result.Pixels[i * 4] = p.R;
                result.Pixels[(i * 4) + 1] = p.G;
                result.Pixels[(i * 4) + 2] = p.B;
                result.Pixels[(i * 4) + 3] = image.Pixels[(i * 4) + 3];
                Spread(work, w, h, x, y, work[i * 3] - p.R, work[(i * 3) + 1] - p.G, work[(i * 3) + 2] - p.B);
            }
        }

        return result;
    }

    private static void Spread(float[] work, int w, int h, int x, int y, float er, float eg, float eb)
    {
        Add(x + 1, y, 7f / 16);
        Add(x - 1, y + 1, 3f / 16);
        Add(x, y + 1, 5f / 16);
        Add(x + 1, y + 1, 1f / 16);

        void Add(int ax, int ay, float f)
        {
            if (ax < 0 || ax >= w || ay >= h)
                return;
            var j = ((ay * w) + ax) * 3;
            work[j] += er * f;
            work[j + 1] += eg * f;
            work[j + 2] += eb * f;
        }
    }
}
