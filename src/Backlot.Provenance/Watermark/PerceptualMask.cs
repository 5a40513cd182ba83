using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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
        var packed = MemoryMarshal.Cast<byte, uint>(rgba.AsSpan(0, pixels * 4));
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var mask = Vector256.Create(0xFFu);
            for (; i + 8 <= pixels; i += 8)
            {
                var v = Vector256.Create<uint>(packed.Slice(i, 8));
                var sum = ((v & mask) * 77u) + (((v >> 8) & mask) * 150u) + (((v >> 16) & mask) * 29u);
                Vector256.ConvertToSingle(sum.AsInt32()).CopyTo(luma.AsSpan(i, 8));
            }
        }

        for (; i < pixels; i++)
            luma[i] = (77 * rgba[i * 4]) + (150 * rgba[(i * 4) + 1]) + (29 * rgba[(i * 4) + 2]);
        return luma;
    }

    /// <summary>Relative strength per block (blocks across × blocks down, row-major).</summary>
    public static float[] BlockStrength(float[] luma, int width, int height, out int blocksX, out int blocksY)
    {
        blocksX = (width + Block - 1) / Block;
        blocksY = (height + Block - 1) / Block;
        // Luma ×256 differences are whole numbers and a block's sum stays below 2^24, so float sums are exact in any order.
        var sum = new float[blocksX * blocksY];
        for (var y = 0; y < height; y++)
        {
            var row = luma.AsSpan(y * width, width);
            var below = luma.AsSpan((y + 1 < height ? y + 1 : y) * width, width);
            var blockRow = sum.AsSpan((y / Block) * blocksX, blocksX);
            var x = 0;
            if (Vector256.IsHardwareAccelerated)
            {
                for (; x + Block < width; x += Block)
                {
                    var v = Vector256.Create<float>(row.Slice(x, Block));
                    var g = Vector256.Abs(Vector256.Create<float>(row.Slice(x + 1, Block)) - v) + Vector256.Abs(Vector256.Create<float>(below.Slice(x, Block)) - v);
                    blockRow[x / Block] += Vector256.Sum(g);
                }
            }

            for (; x < width; x++)
            {
                var v = row[x];
                blockRow[x / Block] += MathF.Abs(row[Math.Min(x + 1, width - 1)] - v) + MathF.Abs(below[x] - v);
            }
        }

        var raw = new float[sum.Length];
        for (var b = 0; b < sum.Length; b++)
        {
            var (bx, by) = (b % blocksX, b / blocksX);
            var count = Math.Min(Block, width - (bx * Block)) * Math.Min(Block, height - (by * Block));
            var activity = sum[b] / (count * 256f);
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
