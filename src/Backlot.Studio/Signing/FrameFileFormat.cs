namespace Backlot.Studio.Signing;

/// <summary>The file format a signed frame is written in.</summary>
public enum FrameFileFormat
{
    Png,
    Jpeg,
}

public static class FrameFileFormats
{
    public static string Extension(this FrameFileFormat format) => format == FrameFileFormat.Jpeg ? ".jpg" : ".png";

    public static string MediaType(this FrameFileFormat format) => format == FrameFileFormat.Jpeg ? "image/jpeg" : "image/png";
}
