namespace Backlot.Imaging.Processing;

/// <summary>Cuts a rectangle out of an image.</summary>
public static class ImageCrop
{
    public static RgbaImage Crop(RgbaImage image, int x, int y, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (x < 0 || y < 0 || width < 1 || height < 1 || x + width > image.Width || y + height > image.Height)
            throw new ArgumentOutOfRangeException(nameof(x), $"crop {width}×{height} at ({x}, {y}) does not fit in the {image.Width}×{image.Height} image");
        var result = new RgbaImage(width, height);
        for (var row = 0; row < height; row++)
            image.Pixels.AsSpan((((y + row) * image.Width) + x) * 4, width * 4).CopyTo(result.Pixels.AsSpan(row * width * 4));
        return result;
    }
}
