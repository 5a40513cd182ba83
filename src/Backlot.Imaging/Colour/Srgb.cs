namespace Backlot.Imaging.Colour;

/// <summary>
/// The sRGB transfer function (IEC 61966-2-1): encoded values in [0, 1] to scene-linear and back.
/// Values outside [0, 1] are mirrored through zero on the way in and clamped on the way out.
/// </summary>
public static class Srgb
{
    private static readonly float[] ByteToLinear = BuildTable();

    /// <summary>Linear value of an 8-bit sRGB code (exact to float precision; table lookup).</summary>
    public static float ToLinear(byte value) => ByteToLinear[value];

    /// <summary>Linear value of an sRGB-encoded value (0 = black, 1 = white).</summary>
    public static float ToLinear(float encoded)
    {
        var sign = MathF.Sign(encoded);
        var v = MathF.Abs(encoded);
        var linear = v <= 0.04045f ? v / 12.92f : MathF.Pow((v + 0.055f) / 1.055f, 2.4f);
        return sign * linear;
    }

    /// <summary>sRGB-encoded value of a linear one, clamped to [0, 1].</summary>
    public static float FromLinear(float linear)
    {
        if (!(linear > 0f))
            return 0f; // also NaN
        if (linear >= 1f)
            return 1f;
        return linear <= 0.0031308f ? linear * 12.92f : (1.055f * MathF.Pow(linear, 1f / 2.4f)) - 0.055f;
    }

    /// <summary>The 8-bit sRGB code nearest to a linear value.</summary>
    public static byte ToByte(float linear) => (byte)MathF.Round(FromLinear(linear) * 255f, MidpointRounding.AwayFromZero);

    private static float[] BuildTable()
    {
        var table = new float[256];
        for (var i = 0; i < 256; i++)
            table[i] = (float)(i / 255.0 <= 0.04045 ? i / 255.0 / 12.92 : Math.Pow(((i / 255.0) + 0.055) / 1.055, 2.4));
        return table;
    }
}
