namespace Backlot.Imaging.Formats.Exr;

/// <summary>What an EXR header says, read without decoding any pixels.</summary>
public sealed record ExrInfo(
    ExrBox DataWindow,
    ExrBox DisplayWindow,
    ExrCompression Compression,
    IReadOnlyList<ExrChannelInfo> Channels,
    float PixelAspectRatio);

/// <summary>One entry of an EXR channel list.</summary>
public readonly record struct ExrChannelInfo(string Name, ExrPixelType Type)
{
    /// <summary>Bytes one sample takes in the file.</summary>
    public int SampleSize => Type == ExrPixelType.Half ? 2 : 4;
}
