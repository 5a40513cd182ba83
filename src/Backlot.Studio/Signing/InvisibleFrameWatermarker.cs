using Backlot.Imaging;
using Backlot.Imaging.Formats.Jpeg;
using Backlot.Imaging.Formats.Png;
using Backlot.Provenance.Watermark;
using Backlot.Studio.Audit;

namespace Backlot.Studio.Signing;

/// <summary>
/// Marks every frame that leaves with the invisible watermark (<see cref="WatermarkEmbedder"/>), carrying the
/// production-and-take payload, then encodes it as PNG or JPEG. The watermark key is derived from the master key,
/// so frames can be traced by any Backlot that holds the same master key, and by nobody else.
/// </summary>
public sealed class InvisibleFrameWatermarker(WatermarkKeys keys) : IFrameWatermarker
{
    /// <summary>JPEG quality of exported frames: visually lossless, and well above what the watermark survives (50).</summary>
    public const int JpegQuality = 92;

    public bool Marks => true;

    public Task<byte[]> PrepareAsync(ReadOnlyMemory<byte> png, WatermarkPayload payload, FrameFileFormat format, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        RgbaImage frame;
        try
        {
            frame = PngDecoder.Decode(png.Span);
        }
        catch (InvalidDataException e)
        {
            throw new StudioException(StudioErrorKind.Invalid, $"the stored frame is not a readable PNG: {e.Message}", e);
        }

        var marked = WatermarkEmbedder.Embed(frame, payload.Value, keys.Key);
        return Task.FromResult(format == FrameFileFormat.Jpeg ? JpegCodec.Encode(marked, JpegQuality) : PngEncoder.Encode(marked));
    }
}

/// <summary>The studio's watermark key, derived once from the master key.</summary>
public sealed class WatermarkKeys(MasterKeyProvider master)
{
    private readonly Lazy<WatermarkKey> _key = new(() => WatermarkKey.FromSecret(master.Key.Derive("watermark/v1")));

    public WatermarkKey Key => _key.Value;
}
