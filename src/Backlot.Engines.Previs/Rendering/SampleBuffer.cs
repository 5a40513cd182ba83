using System.Buffers;

namespace Backlot.Engines.Previs.Rendering;

/// <summary>
/// The supersampled frame before it is shaded: per sample, 1/z (0 = sky, larger = nearer), the triangle seen there
/// (<see cref="Sky"/> or <see cref="Ground"/> when none) and whether the ground there lies in a cast shadow. The
/// arrays (tens of megabytes at 960×540) are rented from the shared pool and given back on dispose; the first
/// <see cref="Count"/> entries are the frame, and <see cref="Backdrop.Prime"/> writes all of them before use.
/// </summary>
internal sealed class SampleBuffer : IDisposable
{
    public const int Sky = -1;
    public const int Ground = -2;

    public SampleBuffer(int width, int height)
    {
        Width = width;
        Height = height;
        Count = width * height;
        InverseDepth = ArrayPool<float>.Shared.Rent(Count);
        Triangle = ArrayPool<int>.Shared.Rent(Count);
        Shadow = ArrayPool<byte>.Shared.Rent(Count);
        Array.Clear(Shadow, 0, Count);
    }

    public int Width { get; }

    public int Height { get; }

    public int Count { get; }

    public float[] InverseDepth { get; }

    public int[] Triangle { get; }

    public byte[] Shadow { get; }

    public void Dispose()
    {
        ArrayPool<float>.Shared.Return(InverseDepth);
        ArrayPool<int>.Shared.Return(Triangle);
        ArrayPool<byte>.Shared.Return(Shadow);
    }
}
