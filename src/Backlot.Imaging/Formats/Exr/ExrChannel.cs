namespace Backlot.Imaging.Formats.Exr;

/// <summary>
/// One channel of an <see cref="ExrImage"/>: its name (R, G, B, A, Z, …), how it is stored, and its samples,
/// row-major, top row first, <c>Width × Height</c> of them. Half channels hold floats in memory and are
/// rounded to half when written.
/// </summary>
#pragma warning disable CA1819 // the sample buffer is the point: writers and renderers fill it directly
public sealed record ExrChannel(string Name, ExrPixelType Type, float[] Data);
#pragma warning restore CA1819
