namespace Backlot.Studio.Signing;

/// <summary>
/// The one place a frame is prepared for leaving the studio, before it is signed: the invisible watermark goes into its
/// pixels and it is encoded in the requested format. The default (<see cref="PassThroughFrameWatermarker"/>) marks nothing
/// and writes PNG only; the watermark engine replaces it with one registration.
/// </summary>
public interface IFrameWatermarker
{
    /// <summary>Whether frames leave with an invisible watermark.</summary>
    bool Marks { get; }

    /// <summary>The frame to sign: <paramref name="png"/> (the stored beauty frame) marked with <paramref name="payload"/>, encoded as <paramref name="format"/>.</summary>
    /// <exception cref="StudioException">The format cannot be written here.</exception>
    Task<byte[]> PrepareAsync(ReadOnlyMemory<byte> png, WatermarkPayload payload, FrameFileFormat format, CancellationToken cancellationToken = default);
}

/// <summary>No watermark: PNG frames leave as they were rendered; JPEG needs the JPEG codec that comes with the watermark engine.</summary>
public sealed class PassThroughFrameWatermarker : IFrameWatermarker
{
    public bool Marks => false;

    public Task<byte[]> PrepareAsync(ReadOnlyMemory<byte> png, WatermarkPayload payload, FrameFileFormat format, CancellationToken cancellationToken = default) =>
        format == FrameFileFormat.Png
            ? Task.FromResult(png.ToArray())
            : throw new StudioException(StudioErrorKind.Invalid, "JPEG export needs the JPEG codec, which this build does not have: export PNG (leave out --jpeg)");
}
