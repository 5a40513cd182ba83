namespace Backlot.Provenance.Watermark;

/// <summary>
/// How strongly each part of a frame may be marked: the mean absolute luma gradient of each 8×8 block,
/// clamped and compressed (textured blocks hide more; flat blocks keep a floor so the mark survives there too),
/// smoothed over neighbouring blocks so the strength never steps visibly.
/// </summary>
internal static class PerceptualMask
{
    public const int Block = 8;
    private const float Floor = 1.5f;
    private const float Ceiling = 16f;
    private const float Exponent = 0.6f;

    /// <summary>Luma ×256 (0…65280) per pixel: 77 R + 150 G + 29 B.</summary>
    public static float[] Luma(byte[] rgba, int pixels)
    {
        var luma = new float[pixels];
        for (int i = 0, o = 0; i < pixels; i++, o += 4)
            luma[i] = (77 * rgba[o]) + (150 * rgba[o + 1]) + (29 * rgba[o + 2]);
        return luma;
    }

    /// <summary>Relative strength per block (blocks across × blocks down, row-major).</summary>
    public static float[] BlockStrength(float[] luma, int width, int height, out int blocksX, out int blocksY)
    {
        blocksX = (width + Block - 1) / Block;
        blocksY = (height + Block - 1) / Block;
        var sum = new float[blocksX * blocksY];
        var count = new int[blocksX * blocksY];
        for (var y = 0; y < height; y++)
        {
            var row = y * width;
            var blockRow = (y / Block) * blocksX;
            var hasBelow = y + 1 < height;
            for (var x = 0; x < width; x++)
            {
                var v = luma[row + x];
                var g = 0f;
                if (x + 1 < width)
                    g += MathF.Abs(luma[row + x + 1] - v);
                if (hasBelow)
                    g += MathF.Abs(luma[row + width + x] - v);
                var b = blockRow + (x / Block);
                sum[b] += g;
                count[b]++;
            }
        }

        var raw = new float[sum.Length];
        for (var b = 0; b < sum.Length; b++)
        {
            var activity = sum[b] / (count[b] * 256f);
            raw[b] = MathF.Pow(Math.Clamp(activity, Floor, Ceiling), Exponent);
        }

        // 3×3 box over blocks.
        var smooth = new float[raw.Length];
        for (var by = 0; by < blocksY; by++)
        {
            for (var bx = 0; bx < blocksX; bx++)
            {
                var acc = 0f;
                var n = 0;
                for (var dy = -1; dy <= 1; dy++)
                {
                    var yy = by + dy;
                    if (yy < 0 || yy >= blocksY)
                        continue;
                    for (var dx = -1; dx <= 1; dx++)
                    {
                        var xx = bx + dx;
                        if (xx < 0 || xx >= blocksX)
                            continue;
                        acc += raw[(yy * blocksX) + xx];
                        n++;
                    }
                }

                smooth[(by * blocksX) + bx] = acc / n;
            }
        }

        return smooth;
    }
}
