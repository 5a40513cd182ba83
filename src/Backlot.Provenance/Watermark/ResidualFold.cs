using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Backlot.Provenance.Watermark;

/// <summary>
/// The detector's view of a frame: luminance high-passed by a 5-point Laplacian, each 8×8 block scaled by
/// 1 / (its mean absolute residual + 1 level) so texture and edges do not drown flat areas, clipped to ±3, and
/// summed into one 128×128 tile at (x mod 128, y mod 128). The embedder runs it on the unmarked frame to see
/// what the detector will see of the picture itself.
/// </summary>
internal static class ResidualFold
{
    public const int Block = 8;
    private const float Clip = 3f;
    private const float Floor = 256f;

    /// <param name="luma">Luma ×256 per pixel, row-major.</param>
    /// <param name="w">Width in pixels.</param>
    /// <param name="h">Height in pixels.</param>
    /// <param name="blockWeights">Receives the weight of each 8×8 block (blocks across × down), if not null.</param>
    public static double[] Fold(float[] luma, int w, int h, float[]? blockWeights = null)
    {
        const int tile = WatermarkPattern.Tile;
        const int mask = WatermarkPattern.TileMask;
        var fold = new float[WatermarkPattern.Positions];
        var strip = new float[Block * w];
        var blocksX = (w + Block - 1) / Block;
        var blockSum = new float[blocksX];
        var fullBlocks = w / Block;
        for (var y0 = 0; y0 < h; y0 += Block)
        {
            var rows = Math.Min(Block, h - y0);
            Array.Clear(blockSum);
            for (var r = 0; r < rows; r++)
            {
                var y = y0 + r;
                var line = strip.AsSpan(r * w, w);
                Laplacian(
                    luma.AsSpan(y * w, w),
                    luma.AsSpan((y > 0 ? y - 1 : y) * w, w),
                    luma.AsSpan((y + 1 < h ? y + 1 : y) * w, w),
                    line);
                AbsoluteSums(line, blockSum, fullBlocks);
            }

            var tileRowBase = y0 & mask;
            for (int b = 0, x0 = 0; b < blocksX; b++, x0 += Block)
            {
                var cols = Math.Min(Block, w - x0);
                var weight = 1f / ((blockSum[b] / (rows * cols)) + Floor);
                if (blockWeights is not null)
                    blockWeights[((y0 / Block) * blocksX) + b] = weight;
                var tileCol = x0 & mask;
                for (var r = 0; r < rows; r++)
                {
                    var line = strip.AsSpan((r * w) + x0, cols);
                    var target = fold.AsSpan((((tileRowBase + r) & mask) * tile) + tileCol, cols);
                    if (cols == Block && Vector256.IsHardwareAccelerated)
                    {
                        var v = Vector256.Create<float>(line) * weight;
                        v = Vector256.Min(Vector256.Max(v, Vector256.Create(-Clip)), Vector256.Create(Clip));
                        (Vector256.Create<float>(target) + v).CopyTo(target);
                    }
                    else
                    {
                        for (var i = 0; i < cols; i++)
                            target[i] += Math.Clamp(line[i] * weight, -Clip, Clip);
                    }
                }
            }
        }

        var result = new double[WatermarkPattern.Positions];
        for (var i = 0; i < result.Length; i++)
            result[i] = fold[i];
        return result;
    }

    private static void AbsoluteSums(ReadOnlySpan<float> line, Span<float> blockSum, int fullBlocks)
    {
        var b = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; b < fullBlocks; b++)
                blockSum[b] += Vector256.Sum(Vector256.Abs(Vector256.Create(line.Slice(b * Block, Block))));
        }

        for (; b < blockSum.Length; b++)
        {
            var s = 0f;
            var end = Math.Min(line.Length, (b + 1) * Block);
            for (var x = b * Block; x < end; x++)
                s += MathF.Abs(line[x]);
            blockSum[b] += s;
        }
    }

    private static void Laplacian(ReadOnlySpan<float> row, ReadOnlySpan<float> up, ReadOnlySpan<float> down, Span<float> line)
    {
        var w = row.Length;
        if (w == 1)
        {
            line[0] = (2 * row[0]) - up[0] - down[0];
            return;
        }

        line[0] = (3 * row[0]) - row[1] - up[0] - down[0];
        var x = 1;
        if (Vector256.IsHardwareAccelerated)
        {
            ref var r = ref MemoryMarshal.GetReference(row);
            ref var u = ref MemoryMarshal.GetReference(up);
            ref var d = ref MemoryMarshal.GetReference(down);
            ref var o = ref MemoryMarshal.GetReference(line);
            var four = Vector256.Create(4f);
            for (; x + 8 < w; x += 8)
            {
                var centre = Vector256.LoadUnsafe(ref r, (nuint)x);
                var v = (four * centre) - Vector256.LoadUnsafe(ref r, (nuint)(x - 1)) - Vector256.LoadUnsafe(ref r, (nuint)(x + 1))
                    - Vector256.LoadUnsafe(ref u, (nuint)x) - Vector256.LoadUnsafe(ref d, (nuint)x);
                v.StoreUnsafe(ref Unsafe.Add(ref o, x));
            }
        }

        for (; x < w - 1; x++)
            line[x] = (4 * row[x]) - row[x - 1] - row[x + 1] - up[x] - down[x];
        line[w - 1] = (3 * row[w - 1]) - row[w - 2] - up[w - 1] - down[w - 1];
    }
}
