namespace Backlot.Imaging.Formats.Exr;

/// <summary>An OpenEXR <c>box2i</c>: inclusive pixel bounds, so a 1×1 box has <c>XMin == XMax</c>.</summary>
public readonly record struct ExrBox(int XMin, int YMin, int XMax, int YMax)
{
    /// <summary>The box for a <paramref name="width"/>×<paramref name="height"/> image at the origin.</summary>
    public static ExrBox At0(int width, int height) => new(0, 0, width - 1, height - 1);

    public long Width => (long)XMax - XMin + 1;

    public long Height => (long)YMax - YMin + 1;
}
