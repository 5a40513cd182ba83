namespace Backlot.Engines.Previs.Rendering;

/// <summary>
/// Turns the supersampled 1/z buffer into 16-bit gray at output size: inverse depth, normalised per frame so the
/// nearest surface is 65535 and <see cref="FarMetres"/> (and the sky) is 0: near is bright, as depth-conditioned
/// generators expect. The metric range is reported beside the frame.
/// </summary>
internal static class DepthMap
{
    public const double FarMetres = 200;

    public static (ushort[] Values, double NearestMetres) Build(float[] inverseDepth, int width, int height, int factor)
    {
        var nearest = 0f;
        foreach (var v in inverseDepth)
            nearest = Math.Max(nearest, v);
        const double far = 1 / FarMetres;
        var range = Math.Max(nearest - far, 1e-9);

        var w = width / factor;
        var h = height / factor;
        var values = new ushort[w * h];
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                double sum = 0;
                for (var sy = y * factor; sy < (y + 1) * factor; sy++)
                {
                    for (var sx = x * factor; sx < (x + 1) * factor; sx++)
                        sum += Math.Clamp((inverseDepth[(sy * width) + sx] - far) / range, 0, 1);
                }

                values[(y * w) + x] = (ushort)Math.Round(sum / (factor * factor) * 65535, MidpointRounding.AwayFromZero);
            }
        }

        return (values, nearest > 0 ? 1 / nearest : double.PositiveInfinity);
    }
}
