namespace Backlot.Imaging.Formats.Exr;

/// <summary>How one channel's samples are stored in the file.</summary>
public enum ExrPixelType
{
    /// <summary>16-bit IEEE 754 half float (beauty, alpha).</summary>
    Half,

    /// <summary>32-bit IEEE 754 float (depth and other data that needs the range).</summary>
    Float,
}
