namespace Backlot.Engines.Previs.Rendering;

/// <summary>
/// The supersampled frame before it is shaded: per sample, 1/z (0 = sky, larger = nearer), the triangle seen there
/// (<see cref="Sky"/> or <see cref="Ground"/> when none) and whether the ground there lies in a cast shadow.
/// </summary>
internal sealed class SampleBuffer
{
    public const int Sky = -1;
    public const int Ground = -2;

    public SampleBuffer(int width, int height)
    {
        Width = width;
        Height = height;
        InverseDepth = new float[width * height];
        Triangle = new int[width * height];
        Shadow = new byte[width * height];
    }

    public int Width { get; }

    public int Height { get; }

    public float[] InverseDepth { get; }

    public int[] Triangle { get; }

    public byte[] Shadow { get; }
}
