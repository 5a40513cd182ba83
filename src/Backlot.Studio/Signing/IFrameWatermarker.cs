namespace Backlot.Studio.Signing;

/// <summary>
/// The one place a frame is prepared for leaving the studio, before it is signed: the invisible watermark goes into its
/// pixels and it is encoded in the requested format. The studio registers <see cref="InvisibleFrameWatermarker"/>;
/// <see cref="PassThroughFrameWatermarker"/> marks nothing and writes PNG only.
/// </summary>
public interface IFrameWatermarker
{
    /// <summary>Whether frames leave with an invisible watermark.</summary>
    bool Marks { get; }

    /// <summary>The frame to sign: <paramref name="png"/> (the stored beauty frame) marked with <paramref name="payload"/>, encoded as <paramref name="format"/>.</summary>
    /// <exception cref="StudioException">The format cannot be written here.</exception>
    Task<byte[]> PrepareAsync(ReadOnlyMemory<byte> png, WatermarkPayload payload, FrameFileFormat format, CancellationToken cancellationToken = default);
}

/// <summary>No watermark (for a build or a test that wants none): PNG frames leave as they were rendered, and JPEG is refused.</summary>
public sealed class PassThroughFrameWatermarker : IFrameWatermarker
{
    public bool Marks => false;

    public Task<byte[]> PrepareAsync(ReadOnlyMemory<byte> png, WatermarkPayload payload, FrameFileFormat format, CancellationToken cancellationToken = default) =>
        format == FrameFileFormat.Png
            ? Task.FromResult(png.ToArray())
            : throw new StudioException(StudioErrorKind.Invalid, "this studio is set up without the watermark, which also writes JPEG: export PNG (leave out --jpeg)");
}
