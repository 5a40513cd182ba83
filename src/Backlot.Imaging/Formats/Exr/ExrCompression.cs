namespace Backlot.Imaging.Formats.Exr;

/// <summary>The OpenEXR scanline compressions we read and write.</summary>
public enum ExrCompression
{
    /// <summary>Uncompressed, one scanline per chunk.</summary>
    None,

    /// <summary>zlib after byte interleave and delta predictor, one scanline per chunk.</summary>
    Zips,

    /// <summary>As <see cref="Zips"/>, 16 scanlines per chunk (OpenEXR's default).</summary>
    Zip,
}
