namespace Backlot.Imaging.Colour;

/// <summary>A colour in CIE L*a*b* (D65 white, 2° observer), where distances follow perceived difference.</summary>
public readonly record struct CieLab(double L, double A, double B)
{
    private const double Xn = 0.95047, Yn = 1.0, Zn = 1.08883;

    /// <summary>From 8-bit sRGB, through linear light and XYZ (IEC 61966-2-1 matrix).</summary>
    public static CieLab FromSrgb(Rgba32 c) => FromLinear(Srgb.ToLinear(c.R), Srgb.ToLinear(c.G), Srgb.ToLinear(c.B));

    /// <summary>From linear-light sRGB primaries (0 = black, 1 = white).</summary>
    public static CieLab FromLinear(double r, double g, double b)
    {
        var x = (0.4124564 * r) + (0.3575761 * g) + (0.1804375 * b);
        var y = (0.2126729 * r) + (0.7151522 * g) + (0.0721750 * b);
        var z = (0.0193339 * r) + (0.1191920 * g) + (0.9503041 * b);
        double F(double t) => t > 216.0 / 24389 ? Math.Cbrt(t) : ((24389.0 / 27 * t) + 16) / 116;
        var (fx, fy, fz) = (F(x / Xn), F(y / Yn), F(z / Zn));
        return new CieLab((116 * fy) - 16, 500 * (fx - fy), 200 * (fy - fz));
    }

    /// <summary>
    /// CIEDE2000 colour difference (Sharma, Wu and Dalal 2005, kL = kC = kH = 1). About 1 is the smallest difference
    /// most people see side by side.
    /// </summary>
    public static double DeltaE2000(CieLab x, CieLab y)
    {
        const double pow25To7 = 6103515625.0; // 25^7
        var c1 = Math.Sqrt((x.A * x.A) + (x.B * x.B));
        var c2 = Math.Sqrt((y.A * y.A) + (y.B * y.B));
        var cBar7 = Math.Pow((c1 + c2) / 2, 7);
        var g = 0.5 * (1 - Math.Sqrt(cBar7 / (cBar7 + pow25To7)));
        var a1 = (1 + g) * x.A;
        var a2 = (1 + g) * y.A;
        var c1p = Math.Sqrt((a1 * a1) + (x.B * x.B));
        var c2p = Math.Sqrt((a2 * a2) + (y.B * y.B));
        var h1 = Hue(x.B, a1);
        var h2 = Hue(y.B, a2);

        var dL = y.L - x.L;
        var dC = c2p - c1p;
        double dh;
        if (c1p * c2p == 0)
            dh = 0;
        else if (Math.Abs(h2 - h1) <= 180)
            dh = h2 - h1;
        else
            dh = h2 - h1 > 180 ? h2 - h1 - 360 : h2 - h1 + 360;
        var dH = 2 * Math.Sqrt(c1p * c2p) * Math.Sin(Rad(dh / 2));

        var lBar = (x.L + y.L) / 2;
        var cBarP = (c1p + c2p) / 2;
        double hBar;
        if (c1p * c2p == 0)
            hBar = h1 + h2;
        else if (Math.Abs(h1 - h2) <= 180)
            hBar = (h1 + h2) / 2;
        else
            hBar = h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2;

        var t = 1 - (0.17 * Math.Cos(Rad(hBar - 30))) + (0.24 * Math.Cos(Rad(2 * hBar))) + (0.32 * Math.Cos(Rad((3 * hBar) + 6))) - (0.20 * Math.Cos(Rad((4 * hBar) - 63)));
        var dTheta = 30 * Math.Exp(-Math.Pow((hBar - 275) / 25, 2));
        var cBarP7 = Math.Pow(cBarP, 7);
        var rc = 2 * Math.Sqrt(cBarP7 / (cBarP7 + pow25To7));
        var l50 = (lBar - 50) * (lBar - 50);
        var sl = 1 + (0.015 * l50 / Math.Sqrt(20 + l50));
        var sc = 1 + (0.045 * cBarP);
        var sh = 1 + (0.015 * cBarP * t);
        var rt = -Math.Sin(Rad(2 * dTheta)) * rc;
        var (ql, qc, qh) = (dL / sl, dC / sc, dH / sh);
        return Math.Sqrt((ql * ql) + (qc * qc) + (qh * qh) + (rt * qc * qh));
    }

    private static double Hue(double b, double a)
    {
        if (a == 0 && b == 0)
            return 0;
        var h = Math.Atan2(b, a) * 180 / Math.PI;
        return h < 0 ? h + 360 : h;
    }

    private static double Rad(double degrees) => degrees * Math.PI / 180;
}
