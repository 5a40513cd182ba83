namespace Backlot.Imaging.Formats.Png;

/// <summary>Fixed values of the PNG specification (ISO/IEC 15948, PNG 1.2 / third edition).</summary>
internal static class PngConstants
{
    public static ReadOnlySpan<byte> Signature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Largest side we decode; keeps a hostile header from asking for gigabytes.</summary>
    public const int MaxSide = 16384;

    /// <summary>Deflate cannot expand data by more than about 1032:1; more than that claimed means the data is short.</summary>
    public const int MaxInflateRatio = 1100;

    public const byte ColourGray = 0;
    public const byte ColourRgb = 2;
    public const byte ColourPalette = 3;
    public const byte ColourGrayAlpha = 4;
    public const byte ColourRgba = 6;
}
