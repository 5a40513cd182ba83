using System.Runtime.InteropServices;
using SkiaSharp;

namespace Backlot.Imaging.Formats.Jpeg;

/// <summary>
/// Baseline JPEG (ITU-T T.81 / JFIF 1.02) through SkiaSharp's libjpeg-turbo: encode an <see cref="RgbaImage"/>
/// at a quality from 1 to 100 (4:2:0 chroma, alpha ignored), decode any JPEG to opaque RGBA.
/// A file that is not a JPEG, or one that libjpeg cannot read, is an <see cref="InvalidDataException"/>.
/// </summary>
public static class JpegCodec
{
    /// <summary>Encodes with the given quality (1 = smallest, 100 = best). Alpha is dropped: JPEG has none.</summary>
    public static byte[] Encode(RgbaImage image, int quality)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentOutOfRangeException.ThrowIfLessThan(quality, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quality, 100);

        var info = new SKImageInfo(image.Width, image.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        var handle = GCHandle.Alloc(image.Pixels, GCHandleType.Pinned);
        try
        {
            using var pixmap = new SKPixmap(info, handle.AddrOfPinnedObject(), image.Width * 4);
            var options = new SKJpegEncoderOptions(quality, SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore);
            using var data = pixmap.Encode(options)
                ?? throw new InvalidOperationException($"the JPEG encoder refused a {image.Width}×{image.Height} image");
            return data.ToArray();
        }
        finally
        {
            handle.Free();
        }
    }

    /// <summary>Decodes a JPEG to RGBA (alpha 255). Sizes above <see cref="RgbaImage.MaxSide"/> are refused before decoding.</summary>
    public static RgbaImage Decode(ReadOnlySpan<byte> jpeg)
    {
        if (jpeg.Length < 4 || jpeg[0] != 0xFF || jpeg[1] != 0xD8)
            throw new InvalidDataException("not a JPEG: the file does not start with the SOI marker FF D8");

        using var data = SKData.CreateCopy(jpeg);
        using var codec = SKCodec.Create(data)
            ?? throw new InvalidDataException("JPEG could not be read: the decoder found no image in it");
        if (codec.EncodedFormat != SKEncodedImageFormat.Jpeg)
            throw new InvalidDataException($"not a JPEG: the data is {codec.EncodedFormat}");
        var (w, h) = (codec.Info.Width, codec.Info.Height);
        if (w < 1 || h < 1 || w > RgbaImage.MaxSide || h > RgbaImage.MaxSide)
            throw new InvalidDataException($"JPEG is {w}×{h}; images must be between 1×1 and {RgbaImage.MaxSide}×{RgbaImage.MaxSide}");

        var pixels = new byte[checked(w * h * 4)];
        var info = new SKImageInfo(w, h, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        var handle = GCHandle.Alloc(pixels, GCHandleType.Pinned);
        try
        {
            var result = codec.GetPixels(info, handle.AddrOfPinnedObject());
            if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
                throw new InvalidDataException($"JPEG could not be decoded: {result}");
        }
        finally
        {
            handle.Free();
        }

        return new RgbaImage(w, h, pixels);
    }
}
