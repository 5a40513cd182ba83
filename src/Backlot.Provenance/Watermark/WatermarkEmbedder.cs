using Backlot.Imaging;

namespace Backlot.Provenance.Watermark;

/// <summary>
/// Adds an invisible, key-shaped pattern carrying a 64-bit payload (the caller packs production and take ids into
/// it) to a frame's luminance. The payload and a key-masked CRC-24 are coded with a rate-1/3 convolutional code into
/// 282 bits; each bit is spread over about 58 key-chosen positions of a 128×128 tile with key ±1 chips, a sync
/// pattern takes a quarter of the energy, and the sum is band-passed to 0.04–0.38 cycles a pixel. The tile repeats
/// across the frame, so any part of a tile or more carries the whole payload; its per-bit energy is shaped against
/// this frame's own interference (<see cref="InformedEmbedding"/>); its strength follows the picture (more in
/// texture, less in flat areas) and is scaled so the mark's RMS over the frame is <see cref="DefaultStrength"/>
/// levels (PSNR about 42.3 dB). R, G and B move by the same amount, so hue is kept; alpha is untouched.
/// Deterministic: the same frame, payload and key give the same bytes.
/// </summary>
public static class WatermarkEmbedder
{
    /// <summary>RMS change of luminance, in 8-bit levels: 1.95 gives a PSNR near 42.3 dB.</summary>
    public const double DefaultStrength = 1.95;

    public static RgbaImage Embed(RgbaImage image, ulong payload, WatermarkKey key, double strength = DefaultStrength)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(key);
        if (!double.IsFinite(strength) || strength <= 0 || strength > 16)
            throw new ArgumentOutOfRangeException(nameof(strength), $"strength must be in (0, 16] levels, not {strength}");

        var (w, h) = (image.Width, image.Height);
        var pattern = key.Pattern;
        var luma = PerceptualMask.Luma(image.Pixels, w * h);
        var blocks = PerceptualMask.BlockStrength(luma, w, h, out var blocksX, out var blocksY);

        // Scale so the frame's mean squared change is strength² (the tile has unit RMS and is independent of the mask).
        var energy = 0.0;
        for (var by = 0; by < blocksY; by++)
        {
            var rows = Math.Min(PerceptualMask.Block, h - (by * PerceptualMask.Block));
            for (var bx = 0; bx < blocksX; bx++)
            {
                var cols = Math.Min(PerceptualMask.Block, w - (bx * PerceptualMask.Block));
                var m = blocks[(by * blocksX) + bx];
                energy += m * m * rows * cols;
            }
        }

        var gain = (float)(strength / Math.Sqrt(energy / ((double)w * h)));
        var tile = Shape(pattern, payload, luma, w, h, blocks, gain);
        var result = new RgbaImage(w, h);
        MarkWriter.Write(image.Pixels, result.Pixels, w, h, blocks, blocksX, gain, tile);
        return result;
    }

    /// <summary>The payload's tile, shaped against what the detector will see of this frame.</summary>
    private static float[] Shape(WatermarkPattern pattern, ulong payload, float[] luma, int w, int h, float[] strength, float gain)
    {
        var weights = new float[strength.Length];
        var re = ResidualFold.Fold(luma, w, h, weights);
        var im = new double[WatermarkPattern.Positions];
        pattern.Fft.Transform(re, im, inverse: false);

        // One level of mark at a pixel adds 256 × weight × Laplacian to the fold; summed over the frame and spread over the tile.
        var blocksX = (w + PerceptualMask.Block - 1) / PerceptualMask.Block;
        var sum = 0.0;
        for (var b = 0; b < strength.Length; b++)
        {
            var (bx, by) = (b % blocksX, b / blocksX);
            var pixels = Math.Min(PerceptualMask.Block, w - (bx * PerceptualMask.Block)) * Math.Min(PerceptualMask.Block, h - (by * PerceptualMask.Block));
            sum += weights[b] * strength[b] * gain * pixels;
        }

        var coded = ConvolutionalCode.Encode(pattern.Message(payload));
        return InformedEmbedding.Shape(pattern, coded, re, im, 256 * sum / WatermarkPattern.Positions);
    }
}
