namespace Backlot.Imaging.Formats.Exr;

/// <summary>Fixed values of the OpenEXR file layout (openexr.com, "OpenEXR File Layout").</summary>
internal static class ExrConstants
{
    /// <summary>20000630 little-endian.</summary>
    public static ReadOnlySpan<byte> Magic => [0x76, 0x2F, 0x31, 0x01];

    public const int Version = 2;
    public const int TiledFlag = 0x200;
    public const int LongNamesFlag = 0x400;
    public const int NonImageFlag = 0x800;
    public const int MultipartFlag = 0x1000;

    /// <summary>Names (attributes, types, channels) without the long-names flag.</summary>
    public const int ShortNameMax = 31;

    /// <summary>Names with the long-names flag.</summary>
    public const int LongNameMax = 255;

    public const int PixelUint = 0;
    public const int PixelHalf = 1;
    public const int PixelFloat = 2;

    public const byte CompressionNone = 0;
    public const byte CompressionZips = 2;
    public const byte CompressionZip = 3;

    /// <summary>zlib cannot expand data by more than about 1032:1; a chunk claiming more is lying.</summary>
    public const int MaxInflateRatio = 1100;

    public static int LinesPerChunk(ExrCompression c) => c == ExrCompression.Zip ? 16 : 1;

    public static byte ToByte(ExrCompression c) => c switch
    {
        ExrCompression.None => CompressionNone,
        ExrCompression.Zips => CompressionZips,
        ExrCompression.Zip => CompressionZip,
        _ => throw new ArgumentOutOfRangeException(nameof(c), c, "unknown EXR compression"),
    };

    /// <summary>The names OpenEXR gives compression codes, for error messages.</summary>
    public static string CompressionName(int code) => code switch
    {
        0 => "NONE",
        1 => "RLE",
        2 => "ZIPS",
        3 => "ZIP",
        4 => "PIZ",
        5 => "PXR24",
        6 => "B44",
        7 => "B44A",
        8 => "DWAA",
        9 => "DWAB",
        _ => $"unknown ({code})",
    };
}
