namespace Backlot.Provenance.Watermark;

/// <summary>Q(z) = P(N(0,1) &gt; z), from the complementary error function (Numerical Recipes' erfcc, relative error below 1.2e-7).</summary>
internal static class GaussianTail
{
    public static double Q(double z) => 0.5 * Erfc(z / Math.Sqrt(2));

    private static double Erfc(double x)
    {
        var z = Math.Abs(x);
        var t = 1 / (1 + (0.5 * z));
        var poly = -z * z - 1.26551223 + (t * (1.00002368 + (t * (0.37409196 + (t * (0.09678418 + (t * (-0.18628806
            + (t * (0.27886807 + (t * (-1.13520398 + (t * (1.48851587 + (t * (-0.82215223 + (t * 0.17087277)))))))))))))))));
        var r = t * Math.Exp(poly);
        return x >= 0 ? r : 2 - r;
    }
}
