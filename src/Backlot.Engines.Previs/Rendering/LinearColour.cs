using Backlot.Imaging;

namespace Backlot.Engines.Previs.Rendering;

/// <summary>A colour in linear light, where shading adds and multiplies correctly.</summary>
internal readonly record struct LinearColour(double R, double G, double B)
{
    public static LinearColour operator *(LinearColour a, LinearColour b) => new(a.R * b.R, a.G * b.G, a.B * b.B);

    public static LinearColour operator *(LinearColour a, double s) => new(a.R * s, a.G * s, a.B * s);

    public static LinearColour operator +(LinearColour a, LinearColour b) => new(a.R + b.R, a.G + b.G, a.B + b.B);

    public static LinearColour FromSrgb(Rgba32 c) => new(ToLinear(c.R), ToLinear(c.G), ToLinear(c.B));

    public static LinearColour Lerp(LinearColour a, LinearColour b, double t) => (a * (1 - t)) + (b * t);

    public Rgba32 ToSrgb() => new(ToByte(R), ToByte(G), ToByte(B));

    private static double ToLinear(byte v)
    {
        var c = v / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }

    // Linear to sRGB through a 4096-step table: per-pixel Math.Pow was most of a frame's time.
    private const int EncodeSteps = 4096;
    private static readonly byte[] Encode = BuildEncodeTable();

    private static byte ToByte(double linear) =>
        Encode[(int)((Math.Clamp(linear, 0, 1) * (EncodeSteps - 1)) + 0.5)];

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
