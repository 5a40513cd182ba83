namespace Backlot.Imaging.Processing;

/// <summary>Separable Gaussian blur of all four channels; edges repeat the border pixel.</summary>
public static class GaussianBlur
{
    public static RgbaImage Blur(RgbaImage image, double sigma)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sigma);
        var radius = (int)Math.Ceiling(3 * sigma);
        var kernel = new float[(2 * radius) + 1];
        var sum = 0.0;
        for (var i = -radius; i <= radius; i++)
            sum += kernel[i + radius] = (float)Math.Exp(-(i * i) / (2 * sigma * sigma));
        for (var i = 0; i < kernel.Length; i++)
            kernel[i] /= (float)sum;

        var (w, h) = (image.Width, image.Height);
        var src = image.Pixels;
        var tmp = new float[src.Length];
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                for (var c = 0; c < 4; c++)
                {
                    var acc = 0f;
                    for (var k = -radius; k <= radius; k++)
                        acc += kernel[k + radius] * src[((y * w) + Math.Clamp(x + k, 0, w - 1)) * 4 + c];
                    tmp[((y * w) + x) * 4 + c] = acc;
                }
            }
        }

        var result = new RgbaImage(w, h);
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                for (var c = 0; c < 4; c++)
                {
                    var acc = 0f;
                    for (var k = -radius; k <= radius; k++)
                        acc += kernel[k + radius] * tmp[((Math.Clamp(y + k, 0, h - 1) * w) + x) * 4 + c];
                    result.Pixels[((y * w) + x) * 4 + c] = ImageResize.ToByte(acc);
                }
            }
        }

        return result;
    }
}
