using System.Globalization;

namespace Backlot.Imaging;

/// <summary>One sRGB pixel, 8 bits a channel, straight (not premultiplied) alpha.</summary>
public readonly record struct Rgba32(byte R, byte G, byte B, byte A = 255)
{
    /// <summary>Parses "#rrggbb" or "#rgb" (case-insensitive); anything else is a <see cref="FormatException"/>.</summary>
    public static Rgba32 FromHex(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        var s = hex.AsSpan().Trim();
        if (s.Length is not (4 or 7) || s[0] != '#')
            throw new FormatException($"'{hex}' is not a colour: expected \"#rrggbb\" or \"#rgb\"");
        s = s[1..];
        foreach (var c in s)
        {
            if (!char.IsAsciiHexDigit(c))
                throw new FormatException($"'{hex}' is not a colour: '{c}' is not a hexadecimal digit");
        }

        if (s.Length == 3)
        {
            var r = Nibble(s[0]);
            var g = Nibble(s[1]);
            var b = Nibble(s[2]);
            return new((byte)(r * 17), (byte)(g * 17), (byte)(b * 17));
        }

        return new(
            byte.Parse(s[0..2], NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            byte.Parse(s[2..4], NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            byte.Parse(s[4..6], NumberStyles.HexNumber, CultureInfo.InvariantCulture));
    }

    /// <summary>"#rrggbb" (alpha left out).</summary>
    public string ToHex() => string.Create(CultureInfo.InvariantCulture, $"#{R:x2}{G:x2}{B:x2}");

    private static int Nibble(char c) => int.Parse(c.ToString(), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
