using System.Collections.Frozen;
using Backlot.Imaging;

namespace Backlot.Interchange.ContactSheet;

/// <summary>
/// A 5×7 pixel font for labels burnt into images (there is no raster text library here): digits, upper-case
/// letters and a few symbols. Lower case is drawn as upper case; anything else as '?'. Each glyph advances
/// 6 pixels (one of spacing) times the scale.
/// </summary>
public static class BitmapFont
{
    public const int GlyphWidth = 5;
    public const int GlyphHeight = 7;
    public const int Advance = GlyphWidth + 1;

    // Rows top to bottom, '1' = ink.
    private static readonly FrozenDictionary<char, string[]> Glyphs = new Dictionary<char, string>
    {
        [' '] = "00000 00000 00000 00000 00000 00000 00000",
        ['0'] = "01110 10001 10011 10101 11001 10001 01110",
        ['1'] = "00100 01100 00100 00100 00100 00100 01110",
        ['2'] = "01110 10001 00001 00010 00100 01000 11111",
        ['3'] = "11111 00010 00100 00010 00001 10001 01110",
        ['4'] = "00010 00110 01010 10010 11111 00010 00010",
        ['5'] = "11111 10000 11110 00001 00001 10001 01110",
        ['6'] = "00110 01000 10000 11110 10001 10001 01110",
        ['7'] = "11111 00001 00010 00100 01000 01000 01000",
        ['8'] = "01110 10001 10001 01110 10001 10001 01110",
        ['9'] = "01110 10001 10001 01111 00001 00010 01100",
        ['A'] = "01110 10001 10001 11111 10001 10001 10001",
        ['B'] = "11110 10001 10001 11110 10001 10001 11110",
        ['C'] = "01110 10001 10000 10000 10000 10001 01110",
        ['D'] = "11100 10010 10001 10001 10001 10010 11100",
        ['E'] = "11111 10000 10000 11110 10000 10000 11111",
        ['F'] = "11111 10000 10000 11110 10000 10000 10000",
        ['G'] = "01110 10001 10000 10111 10001 10001 01111",
        ['H'] = "10001 10001 10001 11111 10001 10001 10001",
        ['I'] = "01110 00100 00100 00100 00100 00100 01110",
        ['J'] = "00111 00010 00010 00010 00010 10010 01100",
        ['K'] = "10001 10010 10100 11000 10100 10010 10001",
        ['L'] = "10000 10000 10000 10000 10000 10000 11111",
        ['M'] = "10001 11011 10101 10101 10001 10001 10001",
        ['N'] = "10001 10001 11001 10101 10011 10001 10001",
        ['O'] = "01110 10001 10001 10001 10001 10001 01110",
        ['P'] = "11110 10001 10001 11110 10000 10000 10000",
        ['Q'] = "01110 10001 10001 10001 10101 10010 01101",
        ['R'] = "11110 10001 10001 11110 10100 10010 10001",
        ['S'] = "01111 10000 10000 01110 00001 00001 11110",
        ['T'] = "11111 00100 00100 00100 00100 00100 00100",
        ['U'] = "10001 10001 10001 10001 10001 10001 01110",
        ['V'] = "10001 10001 10001 10001 10001 01010 00100",
        ['W'] = "10001 10001 10001 10101 10101 10101 01010",
        ['X'] = "10001 10001 01010 00100 01010 10001 10001",
        ['Y'] = "10001 10001 10001 01010 00100 00100 00100",
        ['Z'] = "11111 00001 00010 00100 01000 10000 11111",
        ['-'] = "00000 00000 00000 11111 00000 00000 00000",
        ['_'] = "00000 00000 00000 00000 00000 00000 11111",
        ['.'] = "00000 00000 00000 00000 00000 01100 01100",
        [','] = "00000 00000 00000 00000 01100 00100 01000",
        [':'] = "00000 01100 01100 00000 01100 01100 00000",
        ['/'] = "00000 00001 00010 00100 01000 10000 00000",
        ['#'] = "01010 01010 11111 01010 11111 01010 01010",
        ['('] = "00010 00100 01000 01000 01000 00100 00010",
        [')'] = "01000 00100 00010 00010 00010 00100 01000",
        ['+'] = "00000 00100 00100 11111 00100 00100 00000",
        ['\''] = "01100 00100 01000 00000 00000 00000 00000",
        ['?'] = "01110 10001 00001 00010 00100 00000 00100",
    }.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.Split(' '));

    /// <summary>Whether the character has a glyph of its own (after folding lower case to upper).</summary>
    public static bool CanDraw(char c) => Glyphs.ContainsKey(char.ToUpperInvariant(c));

    /// <summary>Width in pixels of the text at the scale, without the trailing spacing column.</summary>
    public static int Measure(string text, int scale = 1)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length == 0 ? 0 : ((text.Length * Advance) - 1) * scale;
    }

    /// <summary>Draws text with its top-left corner at (x, y); pixels falling outside the image are clipped.</summary>
    public static void Draw(RgbaImage image, int x, int y, string text, Rgba32 colour, int scale = 1)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(scale, 1);
        for (var i = 0; i < text.Length; i++)
        {
            var rows = Glyphs.GetValueOrDefault(char.ToUpperInvariant(text[i])) ?? Glyphs['?'];
            var left = x + (i * Advance * scale);
            for (var row = 0; row < GlyphHeight; row++)
            {
                for (var col = 0; col < GlyphWidth; col++)
                {
                    if (rows[row][col] == '1')
                        Fill(image, left + (col * scale), y + (row * scale), scale, scale, colour);
                }
            }
        }
    }

    internal static void Fill(RgbaImage image, int x, int y, int width, int height, Rgba32 colour)
    {
        var x0 = Math.Max(0, x);
        var y0 = Math.Max(0, y);
        var x1 = Math.Min(image.Width, x + width);
        var y1 = Math.Min(image.Height, y + height);
        for (var py = y0; py < y1; py++)
        {
            for (var px = x0; px < x1; px++)
                image.SetPixel(px, py, colour);
        }
    }
}
