using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Backlot.Provenance.Watermark;

/// <summary>
/// Writes the marked frame: each pixel's R, G and B move by round(strength × tile value), saturating at 0 and 255;
/// alpha is copied. Strength is interpolated linearly between 8×8 block centres. Eight pixels at a time with AVX2,
/// one at a time otherwise; both paths do the same float operations, so the bytes do not depend on the machine.
/// </summary>
internal static class MarkWriter
{
    private const int Block = PerceptualMask.Block;
    private const int Tile = WatermarkPattern.Tile;
    private const int TileMask = WatermarkPattern.TileMask;

    /// <summary>Weight of the right-hand block centre for the 8 pixels between two centres.</summary>
    private static readonly float[] Weights = [.. Enumerable.Range(0, Block).Select(j => (j + 0.5f) / Block)];

    /// <param name="src">Unmarked RGBA pixels.</param>
    /// <param name="dst">Marked RGBA pixels (same size).</param>
    /// <param name="width">Width in pixels.</param>
    /// <param name="height">Height in pixels.</param>
    /// <param name="blocks">Relative strength per 8×8 block.</param>
    /// <param name="blocksX">Blocks across.</param>
    /// <param name="gain">Levels per unit of block strength × tile.</param>
    /// <param name="tile">The 128×128 pattern, unit RMS.</param>
    public static void Write(byte[] src, byte[] dst, int width, int height, float[] blocks, int blocksX, float gain, float[] tile)
    {
        var blocksY = blocks.Length / blocksX;
        var rowStrength = new float[blocksX];
        var amplitude = new float[width + Block];
        var tileRow = new float[Tile + Block];
        var vector = Avx2.IsSupported;
        var source = MemoryMarshal.Cast<byte, uint>(src.AsSpan());
        var target = MemoryMarshal.Cast<byte, uint>(dst.AsSpan());
        for (var y = 0; y < height; y++)
        {
            // Vertical interpolation between block-row centres, then horizontal, the same way.
            var (top, bottom, fy) = Between(y, blocksY);
            for (var bx = 0; bx < blocksX; bx++)
            {
                var a = blocks[(top * blocksX) + bx];
                rowStrength[bx] = gain * (a + ((blocks[(bottom * blocksX) + bx] - a) * fy));
            }

            FillAmplitude(rowStrength, amplitude, width);
            tile.AsSpan((y & TileMask) * Tile, Tile).CopyTo(tileRow);
            tile.AsSpan((y & TileMask) * Tile, Block).CopyTo(tileRow.AsSpan(Tile));

            var row = y * width;
            var x = 0;
            if (vector)
            {
                for (; x + Block <= width; x += Block)
                {
                    var delta = Vector256.ConvertToInt32(Vector256.Round(
                        Vector256.Create<float>(amplitude.AsSpan(x, Block)) * Vector256.Create<float>(tileRow.AsSpan(x & TileMask, Block))));
                    var up = Vector256.Min(Vector256.Max(delta, Vector256<int>.Zero), Vector256.Create(255)).AsUInt32() * 0x010101u;
                    var down = Vector256.Min(Vector256.Max(-delta, Vector256<int>.Zero), Vector256.Create(255)).AsUInt32() * 0x010101u;
                    var pixels = Vector256.Create<uint>(source.Slice(row + x, Block)).AsByte();
                    pixels = Avx2.SubtractSaturate(Avx2.AddSaturate(pixels, up.AsByte()), down.AsByte());
                    pixels.AsUInt32().CopyTo(target.Slice(row + x, Block));
                }
            }

            for (; x < width; x++)
            {
                var delta = (int)MathF.Round(amplitude[x] * tileRow[x & TileMask]);
                var o = (row + x) * 4;
                dst[o] = (byte)Math.Clamp(src[o] + delta, 0, 255);
                dst[o + 1] = (byte)Math.Clamp(src[o + 1] + delta, 0, 255);
                dst[o + 2] = (byte)Math.Clamp(src[o + 2] + delta, 0, 255);
                dst[o + 3] = src[o + 3];
            }
        }
    }

    /// <summary>Strength at each pixel of a row: constant outside the first and last block centres, linear between.</summary>
    private static void FillAmplitude(float[] rowStrength, float[] amplitude, int width)
    {
        var blocks = rowStrength.Length;
        var first = Math.Min(width, Block / 2);
        amplitude.AsSpan(0, first).Fill(rowStrength[0]);
        var weights = Vector256.Create<float>(Weights);
        for (var b = 0; b + 1 < blocks; b++)
        {
            var start = (b * Block) + (Block / 2);
            var left = rowStrength[b];
            var step = rowStrength[b + 1] - left;
            if (start + Block <= amplitude.Length && Vector256.IsHardwareAccelerated)
            {
                (Vector256.Create(left) + (Vector256.Create(step) * weights)).CopyTo(amplitude.AsSpan(start, Block));
            }
            else
            {
                for (var j = 0; j < Block && start + j < amplitude.Length; j++)
                    amplitude[start + j] = left + (step * Weights[j]);
            }
        }

        var last = ((blocks - 1) * Block) + (Block / 2);
        if (last < width)
            amplitude.AsSpan(last, width - last).Fill(rowStrength[blocks - 1]);
    }

    private static (int Top, int Bottom, float Weight) Between(int y, int blocksY)
    {
        var c = ((y + 0.5f) / Block) - 0.5f;
        if (c <= 0)
            return (0, 0, 0);
        var top = Math.Min((int)c, blocksY - 1);
        var bottom = Math.Min(top + 1, blocksY - 1);
        return (top, bottom, c - top);
    }
}
