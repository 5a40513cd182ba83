using Backlot.Imaging;

namespace Backlot.Engines.Previs.Rendering;

/// <summary>A colour in linear light, where shading adds and multiplies correctly.</summary>
internal readonly record struct LinearColour(double R, double G, double B)
{
    public static LinearColour operator *(LinearColour a, LinearColour b) => new(a.R * b.R, a.G * b.G, a.B * b.B);

    public static LinearColour operator *(LinearColour a, double s) => new(a.R * s, a.G * s, a.B * s);

    public static LinearColour operator +(LinearColour a, LinearColour b) => new(a.R + b.R, a.G + b.G, a.B + b.B);

    public static LinearColour FromSrgb(Rgba32 c) => new(ToLinear(c.R), ToLinear(c.G), ToLinear(c.B));

    public static LinearColour FromHex(string hex) => FromSrgb(Rgba32.FromHex(hex));

    public static LinearColour Grey(double v) => new(v, v, v);

    public static LinearColour Lerp(LinearColour a, LinearColour b, double t) => (a * (1 - t)) + (b * t);

    /// <summary>Relative luminance (Rec. 709 weights).</summary>
    public double Luminance => (0.2126 * R) + (0.7152 * G) + (0.0722 * B);

    public Rgba32 ToSrgb() => new(Encode(R), Encode(G), Encode(B));

    private static double ToLinear(byte v)
    {
        var c = v / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }

    // Linear to sRGB through a 16384-step table: per-pixel Math.Pow was most of a frame's time. The steps are fine
    // enough that every 8-bit code round-trips (the darkest codes are 1/3300 apart in linear light).
    private const int EncodeSteps = 16384;
    private static readonly byte[] EncodeTable = BuildEncodeTable();

    /// <summary>The 8-bit sRGB code of a linear value, clamped to [0, 1].</summary>
    public static byte Encode(double linear) =>
        EncodeTable[(int)((Math.Clamp(linear, 0, 1) * (EncodeSteps - 1)) + 0.5)];

    private static byte[] BuildEncodeTable()
    {
        var table = new byte[EncodeSteps];
        for (var i = 0; i < EncodeSteps; i++)
        {
            var c = i / (double)(EncodeSteps - 1);
            var s = c <= 0.0031308 ? c * 12.92 : (1.055 * Math.Pow(c, 1 / 2.4)) - 0.055;
            table[i] = (byte)Math.Round(s * 255, MidpointRounding.AwayFromZero);
        }

        return table;
    }
}
