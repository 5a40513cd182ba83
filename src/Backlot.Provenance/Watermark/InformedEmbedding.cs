namespace Backlot.Provenance.Watermark;

/// <summary>
/// Shapes the tile for one frame so the picture itself does not vote against the payload (informed embedding, in
/// the spirit of improved spread spectrum). The embedder runs the detector's fold on the unmarked frame and predicts,
/// with a model of the mark's passage through the detector (Laplacian, block weights, folding, whitening), each coded
/// bit's soft value. Bits the picture opposes get more of the data energy, bits it already carries get less, over a
/// few rounds; the round with the fewest predicted wrong bits wins. The sync share and the total energy, and so the
/// PSNR, do not change.
/// </summary>
internal static class InformedEmbedding
{
    private const int Rounds = 6;
    private const double MinAmplitude = 0.25;
    private const double MaxAmplitude = 4;

    private static readonly double[] Laplacian = BuildLaplacian();

    /// <param name="pattern">The key's pattern.</param>
    /// <param name="coded">The codeword to embed.</param>
    /// <param name="hostRe">FFT of the unmarked frame's residual fold (real part).</param>
    /// <param name="hostIm">Imaginary part.</param>
    /// <param name="foldGain">How much one level of tile pattern adds to the fold, before the Laplacian.</param>
    public static float[] Shape(WatermarkPattern pattern, bool[] coded, double[] hostRe, double[] hostIm, double foldGain)
    {
        const int n = WatermarkPattern.Positions;
        var bits = WatermarkPattern.CodedBits;
        var amplitude = new double[bits];
        Array.Fill(amplitude, 1.0);
        var (re, im, rms) = pattern.Spectrum(coded, amplitude);
        var best = (Re: re, Im: im, Rms: rms, Wrong: int.MaxValue, Margin: double.NegativeInfinity);
        var margins = new double[bits];
        for (var round = 0; round < Rounds; round++)
        {
            var zr = new double[n];
            var zi = new double[n];
            var scale = foldGain / rms;
            for (var k = 0; k < n; k++)
            {
                zr[k] = hostRe[k] + (scale * Laplacian[k] * re[k]);
                zi[k] = hostIm[k] + (scale * Laplacian[k] * im[k]);
            }

            pattern.Whiten(zr, zi);
            var soft = pattern.SoftBits(pattern.DataProjection(zr, zi), 0, 0);
            var wrong = 0;
            for (var b = 0; b < bits; b++)
            {
                margins[b] = coded[b] ? soft[b] : -soft[b];
                if (margins[b] < 0)
                    wrong++;
            }

            var target = margins.Average();
            if (wrong < best.Wrong || (wrong == best.Wrong && target > best.Margin))
                best = (re, im, rms, wrong, target);
            if (target <= 0 || wrong == 0 || round == Rounds - 1)
                break;
            for (var b = 0; b < bits; b++)
            {
                var ratio = target / Math.Max(margins[b], 0.05 * target);
                amplitude[b] = Math.Clamp(amplitude[b] * Math.Clamp(Math.Pow(ratio, 0.7), 0.5, 2), MinAmplitude, MaxAmplitude);
            }

            (re, im, rms) = pattern.Spectrum(coded, amplitude);
        }

        return pattern.ToTile(best.Re, best.Im, best.Rms);
    }

    private static double[] BuildLaplacian()
    {
        const int t = WatermarkPattern.Tile;
        var laplacian = new double[WatermarkPattern.Positions];
        for (var ky = 0; ky < t; ky++)
        {
            for (var kx = 0; kx < t; kx++)
                laplacian[(ky * t) + kx] = 4 - (2 * Math.Cos(2 * Math.PI * kx / t)) - (2 * Math.Cos(2 * Math.PI * ky / t));
        }

        return laplacian;
    }
}
