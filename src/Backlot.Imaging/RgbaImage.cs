namespace Backlot.Imaging;

/// <summary>An image in memory: RGBA, 8 bits a channel, row-major, straight alpha, top row first.</summary>
public sealed class RgbaImage
{
    /// <summary>Largest side an image may have; keeps a bad size from becoming a huge allocation.</summary>
    public const int MaxSide = 16384;

    public RgbaImage(int width, int height)
    {
        CheckSize(width, height);
        Width = width;
        Height = height;
        Pixels = new byte[checked(width * height * 4)];
    }

    internal RgbaImage(int width, int height, byte[] pixels)
    {
        CheckSize(width, height);
        if (pixels.Length != (long)width * height * 4)
            throw new ArgumentException($"expected {(long)width * height * 4} bytes of pixels, got {pixels.Length}", nameof(pixels));
        Width = width;
        Height = height;
        Pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>RGBA8, row-major, straight alpha: pixel (x, y) starts at <c>(y * Width + x) * 4</c>.</summary>
#pragma warning disable CA1819 // the raw buffer is the point: encoders and renderers write it directly
    public byte[] Pixels { get; }
#pragma warning restore CA1819

    public void SetPixel(int x, int y, Rgba32 c)
    {
        var i = Index(x, y);
        Pixels[i] = c.R;
        Pixels[i + 1] = c.G;
        Pixels[i + 2] = c.B;
        Pixels[i + 3] = c.A;
    }

    public Rgba32 GetPixel(int x, int y)
    {
        var i = Index(x, y);
        return new(Pixels[i], Pixels[i + 1], Pixels[i + 2], Pixels[i + 3]);
    }

    /// <summary>
    /// Shrinks by a whole factor with a box filter: each output pixel is the alpha-weighted mean of a
    /// factor×factor block. A side that is not a multiple of the factor loses its last partial block
    /// (unless it is shorter than the factor: then the whole side makes one pixel).
    /// </summary>
    public RgbaImage Downscale(int factor)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(factor, 1);
        if (factor == 1)
            return new RgbaImage(Width, Height, (byte[])Pixels.Clone());
        // A side shorter than the factor still gives one pixel; a partial last block is dropped otherwise.
        var w = Math.Max(1, Width / factor);
        var h = Math.Max(1, Height / factor);
        var result = new RgbaImage(w, h);
        var dst = result.Pixels;
        for (var y = 0; y < h; y++)
        {
            var y1 = Math.Min(Height, (y + 1) * factor);
            for (var x = 0; x < w; x++)
            {
                var x1 = Math.Min(Width, (x + 1) * factor);
                long r = 0, g = 0, b = 0, a = 0;
                var n = (y1 - (y * factor)) * (x1 - (x * factor));
                for (var sy = y * factor; sy < y1; sy++)
                {
                    var i = ((sy * Width) + (x * factor)) * 4;
                    for (var sx = x * factor; sx < x1; sx++, i += 4)
                    {
                        int pa = Pixels[i + 3];
                        r += Pixels[i] * pa;
                        g += Pixels[i + 1] * pa;
                        b += Pixels[i + 2] * pa;
                        a += pa;
                    }
                }

                var o = ((y * w) + x) * 4;
                if (a > 0)
                {
                    dst[o] = (byte)((r + (a / 2)) / a);
                    dst[o + 1] = (byte)((g + (a / 2)) / a);
                    dst[o + 2] = (byte)((b + (a / 2)) / a);
                }

                dst[o + 3] = (byte)((a + (n / 2)) / n);
            }
        }

        return result;
    }

    /// <summary>
    /// The largest copy that fits in maxWidth×maxHeight with the same aspect ratio (never enlarged),
    /// resampled with an area filter: each output pixel averages exactly the source area it covers.
    /// </summary>
    public RgbaImage ResizeToFit(int maxWidth, int maxHeight)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxWidth, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxHeight, 1);
        var scale = Math.Min(1.0, Math.Min((double)maxWidth / Width, (double)maxHeight / Height));
        var w = Math.Clamp((int)Math.Round(Width * scale), 1, maxWidth);
        var h = Math.Clamp((int)Math.Round(Height * scale), 1, maxHeight);
        if (w == Width && h == Height)
            return new RgbaImage(Width, Height, (byte[])Pixels.Clone());

        var xs = AreaWeights(Width, w);
        var ys = AreaWeights(Height, h);

        // Horizontal pass into premultiplied floats, then vertical pass.
        var tmp = new double[Height * w * 4];
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < w; x++)
            {
                double r = 0, g = 0, b = 0, a = 0;
                foreach (var (src, weight) in xs[x])
                {
                    var i = ((y * Width) + src) * 4;
                    var pa = Pixels[i + 3] * weight;
                    r += Pixels[i] * pa;
                    g += Pixels[i + 1] * pa;
                    b += Pixels[i + 2] * pa;
                    a += pa;
                }

                var o = ((y * w) + x) * 4;
                tmp[o] = r;
                tmp[o + 1] = g;
                tmp[o + 2] = b;
                tmp[o + 3] = a;
            }
        }

        var result = new RgbaImage(w, h);
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                double r = 0, g = 0, b = 0, a = 0;
                foreach (var (src, weight) in ys[y])
                {
                    var i = ((src * w) + x) * 4;
                    r += tmp[i] * weight;
                    g += tmp[i + 1] * weight;
                    b += tmp[i + 2] * weight;
                    a += tmp[i + 3] * weight;
                }

                var o = ((y * w) + x) * 4;
                if (a > 0)
                {
                    result.Pixels[o] = ToByte(r / a);
                    result.Pixels[o + 1] = ToByte(g / a);
                    result.Pixels[o + 2] = ToByte(b / a);
                }

                result.Pixels[o + 3] = ToByte(a);
            }
        }

        return result;
    }

    private static byte ToByte(double v) => (byte)Math.Clamp((int)Math.Round(v, MidpointRounding.AwayFromZero), 0, 255);

    /// <summary>For each destination index, the source indices it covers and their weights (summing to 1).</summary>
    private static (int Src, double Weight)[][] AreaWeights(int srcSize, int dstSize)
    {
        var ratio = (double)srcSize / dstSize;
        var result = new (int, double)[dstSize][];
        for (var d = 0; d < dstSize; d++)
        {
            var start = d * ratio;
            var end = (d + 1) * ratio;
            var list = new List<(int, double)>();
            for (var s = (int)Math.Floor(start); s < Math.Min(srcSize, (int)Math.Ceiling(end)); s++)
            {
                var cover = Math.Min(end, s + 1) - Math.Max(start, s);
                if (cover > 0)
                    list.Add((s, cover / ratio));
            }

            result[d] = [.. list];
        }

        return result;
    }

    private int Index(int x, int y)
    {
        if ((uint)x >= (uint)Width || (uint)y >= (uint)Height)
            throw new ArgumentOutOfRangeException(nameof(x), $"pixel ({x}, {y}) is outside the {Width}×{Height} image");
        return ((y * Width) + x) * 4;
    }

    private static void CheckSize(int width, int height)
    {
        if (width < 1 || height < 1 || width > MaxSide || height > MaxSide)
            throw new ArgumentOutOfRangeException(nameof(width), $"an image must be between 1×1 and {MaxSide}×{MaxSide}, not {width}×{height}");
    }
}
