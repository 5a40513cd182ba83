using Backlot.Engines.Previs.Rendering;
using Backlot.Imaging;

namespace Backlot.Engines.Previs.Scene;

/// <summary>Sky, sun (or moon) and ambient light for a screenplay time of day.</summary>
internal sealed record Lighting(
    string Name,
    LinearColour SkyTop,
    LinearColour SkyHorizon,
    Vec3 ToLight,
    LinearColour Sun,
    LinearColour Ambient,
    LinearColour Ground)
{
    /// <summary>DAY, NIGHT, DAWN, DUSK (and SUNRISE, MORNING, SUNSET, EVENING); anything else reads as day.</summary>
    public static Lighting For(string timeOfDay)
    {
        var t = timeOfDay.Trim().ToUpperInvariant();
        if (t.Contains("NIGHT", StringComparison.Ordinal))
            return Night;
        if (t.Contains("DAWN", StringComparison.Ordinal) || t.Contains("SUNRISE", StringComparison.Ordinal) || t.Contains("MORNING", StringComparison.Ordinal))
            return Dawn;
        if (t.Contains("DUSK", StringComparison.Ordinal) || t.Contains("SUNSET", StringComparison.Ordinal) || t.Contains("EVENING", StringComparison.Ordinal))
            return Dusk;
        return Day;
    }

    // The camera stands on +z looking towards -z; light comes from in front of the figures, off to one side.
    public static Lighting Day { get; } = new(
        "day", Hex("#4f86c6"), Hex("#bcd4ea"), new Vec3(-0.65, 0.75, 0.45).Normalized(),
        new(1.0, 0.96, 0.88), new(0.30, 0.34, 0.42), Hex("#8d8c86"));

    public static Lighting Night { get; } = new(
        "night", Hex("#070b1c"), Hex("#18213f"), new Vec3(0.35, 0.75, 0.5).Normalized(),
        new(0.22, 0.27, 0.40), new(0.035, 0.045, 0.08), Hex("#6e6f78"));

    public static Lighting Dawn { get; } = new(
        "dawn", Hex("#6f86b8"), Hex("#f2b48c"), new Vec3(0.8, 0.3, 0.5).Normalized(),
        new(1.0, 0.72, 0.52), new(0.26, 0.24, 0.30), Hex("#8a837c"));

    public static Lighting Dusk { get; } = new(
        "dusk", Hex("#3d3a6e"), Hex("#e8875a"), new Vec3(-0.8, 0.22, 0.5).Normalized(),
        new(1.0, 0.58, 0.36), new(0.22, 0.18, 0.26), Hex("#857a74"));

    /// <summary>Lambert: ambient plus the light's colour times the cosine to the light.</summary>
    public LinearColour Shade(LinearColour albedo, Vec3 normal) =>
        albedo * (Ambient + (Sun * Math.Max(0, Vec3.Dot(normal, ToLight))));

    private static LinearColour Hex(string hex) => LinearColour.FromSrgb(Rgba32.FromHex(hex));
}
