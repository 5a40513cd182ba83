using Backlot.Imaging;

namespace Backlot.Engines.Previs.Rendering;

/// <summary>Colour plus a z-buffer holding 1/z (0 = nothing, larger = nearer), at the supersampled size.</summary>
internal sealed class FrameBuffer(int width, int height)
{
    public int Width { get; } = width;

    public int Height { get; } = height;

    public RgbaImage Colour { get; } = new(width, height);

    public float[] InverseDepth { get; } = new float[width * height];

    public void Set(int x, int y, Rgba32 c, float inverseDepth)
    {
        var i = (y * Width) + x;
        InverseDepth[i] = inverseDepth;
        var o = i * 4;
        var px = Colour.Pixels;
        px[o] = c.R;
        px[o + 1] = c.G;
        px[o + 2] = c.B;
        px[o + 3] = 255;
    }
}
