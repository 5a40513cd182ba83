using Backlot.Imaging.Colour;

namespace Backlot.Imaging.Formats.Exr;

/// <summary>
/// A scanline OpenEXR image in memory: named channels of scene-linear samples over a data window of
/// <see cref="Width"/>×<see cref="Height"/> pixels whose top-left corner is (<see cref="OriginX"/>, <see cref="OriginY"/>).
/// By OpenEXR convention colour channels are premultiplied by alpha.
/// </summary>
public sealed class ExrImage
{
    /// <summary>Largest side we write or read; keeps a hostile header from becoming a huge allocation.</summary>
    public const int MaxSide = 16384;

    private readonly ExrChannel[] _channels;

    public ExrImage(int width, int height, IEnumerable<ExrChannel> channels)
    {
        ArgumentNullException.ThrowIfNull(channels);
        if (width < 1 || height < 1 || width > MaxSide || height > MaxSide)
            throw new ArgumentOutOfRangeException(nameof(width), $"an EXR image must be between 1×1 and {MaxSide}×{MaxSide}, not {width}×{height}");
        _channels = [.. channels];
        if (_channels.Length == 0)
            throw new ArgumentException("an EXR image needs at least one channel", nameof(channels));
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in _channels)
        {
            ArgumentNullException.ThrowIfNull(c, nameof(channels));
            if (string.IsNullOrEmpty(c.Name) || c.Name.Contains('\0', StringComparison.Ordinal))
                throw new ArgumentException("an EXR channel name must be non-empty and hold no NUL", nameof(channels));
            if (!names.Add(c.Name))
                throw new ArgumentException($"EXR channel '{c.Name}' appears twice", nameof(channels));
            if (c.Type is not (ExrPixelType.Half or ExrPixelType.Float))
                throw new ArgumentException($"EXR channel '{c.Name}' has unknown pixel type {c.Type}", nameof(channels));
            if (c.Data is null || c.Data.Length != width * height)
                throw new ArgumentException($"EXR channel '{c.Name}' has {c.Data?.Length ?? 0} samples; a {width}×{height} image needs {width * height}", nameof(channels));
        }

        Width = width;
        Height = height;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>The channels in the order given (the writer stores them sorted by name, as OpenEXR requires).</summary>
    public IReadOnlyList<ExrChannel> Channels => _channels;

    /// <summary>Left edge of the data window (usually 0).</summary>
    public int OriginX { get; init; }

    /// <summary>Top edge of the data window (usually 0).</summary>
    public int OriginY { get; init; }

    /// <summary>The pixels that hold data, in the file's coordinates.</summary>
    /// <exception cref="OverflowException">The origin is so large that the window's far edge does not fit an int.</exception>
    public ExrBox DataWindow => new(OriginX, OriginY, checked(OriginX + Width - 1), checked(OriginY + Height - 1));

    /// <summary>The frame the image belongs to; null means the same as <see cref="DataWindow"/>.</summary>
    public ExrBox? DisplayWindow { get; init; }

    public float PixelAspectRatio { get; init; } = 1f;

    /// <summary>The channel with this exact name, or null.</summary>
    public ExrChannel? Find(string name) => Array.Find(_channels, c => c.Name == name);

    /// <summary>
    /// An image from interleaved scene-linear RGBA (premultiplied, 4 floats a pixel, top row first):
    /// channels R, G, B, A as half and, when <paramref name="depth"/> is given (one float a pixel), Z as float.
    /// </summary>
    public static ExrImage FromLinearRgba(float[] rgba, int width, int height, float[]? depth = null)
    {
        ArgumentNullException.ThrowIfNull(rgba);
        if (width < 1 || height < 1 || width > MaxSide || height > MaxSide)
            throw new ArgumentOutOfRangeException(nameof(width), $"an EXR image must be between 1×1 and {MaxSide}×{MaxSide}, not {width}×{height}");
        var n = width * height;
        if (rgba.Length != n * 4)
            throw new ArgumentException($"expected {n * 4} RGBA floats for {width}×{height}, got {rgba.Length}", nameof(rgba));
        if (depth is not null && depth.Length != n)
            throw new ArgumentException($"expected {n} depth values for {width}×{height}, got {depth.Length}", nameof(depth));
        var planes = new float[4][];
        for (var c = 0; c < 4; c++)
        {
            var plane = new float[n];
            for (var i = 0; i < n; i++)
                plane[i] = rgba[(i * 4) + c];
            planes[c] = plane;
        }

        var channels = new List<ExrChannel>(5)
        {
            new("R", ExrPixelType.Half, planes[0]),
            new("G", ExrPixelType.Half, planes[1]),
            new("B", ExrPixelType.Half, planes[2]),
            new("A", ExrPixelType.Half, planes[3]),
        };
        if (depth is not null)
            channels.Add(new("Z", ExrPixelType.Float, (float[])depth.Clone()));
        return new ExrImage(width, height, channels);
    }

    /// <summary>
    /// A beauty frame from an 8-bit sRGB image: colour decoded to linear and premultiplied by alpha, as
    /// compositors expect an EXR to be; <paramref name="depth"/> (one float a pixel) becomes a float Z channel.
    /// </summary>
    public static ExrImage FromSrgb(RgbaImage image, float[]? depth = null)
    {
        ArgumentNullException.ThrowIfNull(image);
        var px = image.Pixels;
        var rgba = new float[px.Length];
        for (var i = 0; i < px.Length; i += 4)
        {
            var a = px[i + 3] / 255f;
            rgba[i] = Srgb.ToLinear(px[i]) * a;
            rgba[i + 1] = Srgb.ToLinear(px[i + 1]) * a;
            rgba[i + 2] = Srgb.ToLinear(px[i + 2]) * a;
            rgba[i + 3] = a;
        }

        return FromLinearRgba(rgba, image.Width, image.Height, depth);
    }
}
