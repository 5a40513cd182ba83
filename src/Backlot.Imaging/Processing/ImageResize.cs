namespace Backlot.Imaging.Processing;

/// <summary>Bilinear resampling with pixel centres aligned (a 2× reduction averages each 2×2 block).</summary>
public static class ImageResize
{
    public static RgbaImage Bilinear(RgbaImage image, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(image);
        var result = new RgbaImage(width, height);
        var (xs0, xs1, xw) = Taps(image.Width, width);
        var (ys0, ys1, yw) = Taps(image.Height, height);
        var src = image.Pixels;
        var dst = result.Pixels;
        var stride = image.Width * 4;
        for (var y = 0; y < height; y++)
        {
            var r0 = ys0[y] * stride;
            var r1 = ys1[y] * stride;
            var fy = yw[y];
            for (var x = 0; x < width; x++)
            {
                var c0 = xs0[x] * 4;
                var c1 = xs1[x] * 4;
                var fx = xw[x];
                var o = ((y * width) + x) * 4;
                for (var c = 0; c < 4; c++)
                {
                    var top = src[r0 + c0 + c] + ((src[r0 + c1 + c] - src[r0 + c0 + c]) * fx);
                    var bottom = src[r1 + c0 + c] + ((src[r1 + c1 + c] - src[r1 + c0 + c]) * fx);
                    dst[o + c] = ToByte(top + ((bottom - top) * fy));
                }
            }
        }

        return result;
    }

    internal static byte ToByte(float v) => (byte)Math.Clamp((int)MathF.Round(v, MidpointRounding.AwayFromZero), 0, 255);

    private static (int[] Lo, int[] Hi, float[] Weight) Taps(int srcSize, int dstSize)
    {
        var lo = new int[dstSize];
        var hi = new int[dstSize];
        var weight = new float[dstSize];
        var scale = (double)srcSize / dstSize;
        for (var d = 0; d < dstSize; d++)
        {
            var s = Math.Clamp(((d + 0.5) * scale) - 0.5, 0, srcSize - 1);
            lo[d] = (int)Math.Floor(s);
            hi[d] = Math.Min(srcSize - 1, lo[d] + 1);
            weight[d] = (float)(s - lo[d]);
        }

        return (lo, hi, weight);
    }
}
