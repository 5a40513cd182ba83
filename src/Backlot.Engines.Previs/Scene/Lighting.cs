using Backlot.Engines.Previs.Rendering;
using Backlot.Imaging;

namespace Backlot.Engines.Previs.Scene;

/// <summary>One directional light: the direction towards it (unit) and its colour times intensity, in linear light.</summary>
internal readonly record struct DirectionalLight(Vec3 ToLight, LinearColour Colour);

/// <summary>
/// A three-point rig in set coordinates (key, fill, back) under a sky: the presets stand for times of day and interior
/// practicals; every light is fixed in the set, not to the camera, so one character looks the same in every shot.
/// </summary>
internal sealed record Lighting(
    string Name,
    LinearColour SkyTop,
    LinearColour SkyHorizon,
    LinearColour AmbientSky,
    LinearColour AmbientGround,
    DirectionalLight Key,
    DirectionalLight Fill,
    DirectionalLight Back)
{
    public static IReadOnlyList<string> PresetNames { get; } = ["dawn", "day", "golden", "dusk", "night", "interior", "flat"];

    /// <summary>Preset for a screenplay time of day: DAWN/SUNRISE/MORNING, GOLDEN/MAGIC, DUSK/SUNSET/EVENING, NIGHT; else day.</summary>
    public static string PresetFor(string timeOfDay)
    {
        var t = timeOfDay.Trim().ToUpperInvariant();
        if (t.Contains("NIGHT", StringComparison.Ordinal))
            return "night";
        if (t.Contains("GOLDEN", StringComparison.Ordinal) || t.Contains("MAGIC", StringComparison.Ordinal))
            return "golden";
        if (t.Contains("DAWN", StringComparison.Ordinal) || t.Contains("SUNRISE", StringComparison.Ordinal) || t.Contains("MORNING", StringComparison.Ordinal))
            return "dawn";
        if (t.Contains("DUSK", StringComparison.Ordinal) || t.Contains("SUNSET", StringComparison.Ordinal) || t.Contains("EVENING", StringComparison.Ordinal))
            return "dusk";
        return "day";
    }

    /// <summary>
    /// The rig: a preset with the key turned to <paramref name="keyAzimuthDeg"/> (0 = from downstage, the camera side;
    /// positive towards stage left, +x), raised to <paramref name="keyElevationDeg"/> (0 keeps the preset's), and the
    /// three intensities scaled.
    /// </summary>
    public static Lighting Build(string preset, double keyAzimuthDeg, double keyElevationDeg, double key, double fill, double back)
    {
        var p = Presets[preset];
        var elevation = keyElevationDeg > 0 ? keyElevationDeg : p.Elevation;
        var az = keyAzimuthDeg * Math.PI / 180;
        var keyDir = Direction(az, elevation);
        var fillDir = Direction(az - (Math.PI * 0.6), 20);
        var backDir = Direction(az + (Math.PI * 0.85), 40);
        return new Lighting(
            preset,
            Hex(p.SkyTop),
            Hex(p.SkyHorizon),
            p.AmbientSky,
            p.AmbientGround,
            new DirectionalLight(keyDir, p.Key * key),
            new DirectionalLight(fillDir, p.Fill * fill),
            new DirectionalLight(backDir, p.Back * back));
    }

    /// <summary>Lambert: hemisphere ambient plus each light's colour times the cosine to it.</summary>
    public LinearColour Shade(LinearColour albedo, Vec3 normal) => albedo * Irradiance(normal, withKey: true);

    /// <summary>What a surface receives; without the key where the key is shadowed.</summary>
    public LinearColour Irradiance(Vec3 normal, bool withKey)
    {
        var up = 0.5 + (0.5 * normal.Y);
        var e = (AmbientSky * up) + (AmbientGround * (1 - up))
            + (Fill.Colour * Math.Max(0, Vec3.Dot(normal, Fill.ToLight)))
            + (Back.Colour * Math.Max(0, Vec3.Dot(normal, Back.ToLight)));
        return withKey ? e + (Key.Colour * Math.Max(0, Vec3.Dot(normal, Key.ToLight))) : e;
    }

    /// <summary>Whether the key is strong enough and high enough to throw shadows on the ground.</summary>
    public bool CastsShadows => Key.Colour.R + Key.Colour.G + Key.Colour.B > 0.05 && Key.ToLight.Y > 0.01;

    /// <summary>Direction shadows are thrown along, kept at least 12° high so low suns do not streak across the set.</summary>
    public Vec3 ShadowDirection
    {
        get
        {
            var d = Key.ToLight;
            var horizontal = Math.Sqrt((d.X * d.X) + (d.Z * d.Z));
            var minY = Math.Tan(12 * Math.PI / 180) * horizontal;
            return d.Y >= minY ? d : new Vec3(d.X, minY, d.Z);
        }
    }

    private static Vec3 Direction(double azimuth, double elevationDeg)
    {
        var (se, ce) = Math.SinCos(elevationDeg * Math.PI / 180);
        var (sa, ca) = Math.SinCos(azimuth);
        return new Vec3(sa * ce, se, ca * ce);
    }

    private static LinearColour Hex(string hex) => LinearColour.FromSrgb(Rgba32.FromHex(hex));

    private sealed record Preset(string SkyTop, string SkyHorizon, LinearColour AmbientSky, LinearColour AmbientGround,
        double Elevation, LinearColour Key, LinearColour Fill, LinearColour Back);

    private static readonly Dictionary<string, Preset> Presets = new(StringComparer.Ordinal)
    {
        ["day"] = new("#4f86c6", "#bcd4ea", new(0.30, 0.33, 0.40), new(0.22, 0.2, 0.17), 50, new(1.0, 0.96, 0.88), new(0.16, 0.17, 0.2), new(0.35, 0.35, 0.33)),
        ["dawn"] = new("#6f86b8", "#f2b48c", new(0.24, 0.24, 0.32), new(0.12, 0.10, 0.10), 10, new(0.95, 0.66, 0.5), new(0.12, 0.12, 0.18), new(0.3, 0.25, 0.28)),
        ["golden"] = new("#5b7fb5", "#ffc37a", new(0.24, 0.22, 0.24), new(0.14, 0.11, 0.08), 14, new(1.1, 0.72, 0.38), new(0.12, 0.12, 0.16), new(0.45, 0.32, 0.2)),
        ["dusk"] = new("#3d3a6e", "#e8875a", new(0.2, 0.18, 0.28), new(0.1, 0.08, 0.09), 4, new(0.7, 0.4, 0.28), new(0.1, 0.1, 0.16), new(0.3, 0.2, 0.22)),
        ["night"] = new("#070b1c", "#18213f", new(0.05, 0.065, 0.11), new(0.02, 0.02, 0.03), 45, new(0.32, 0.4, 0.6), new(0.04, 0.05, 0.08), new(0.25, 0.3, 0.5)),
        ["interior"] = new("#3a3430", "#5a5048", new(0.26, 0.24, 0.22), new(0.2, 0.17, 0.14), 55, new(0.95, 0.8, 0.6), new(0.14, 0.14, 0.16), new(0.3, 0.27, 0.22)),
        ["flat"] = new("#c9ccd1", "#e4e6e9", new(1, 1, 1), new(1, 1, 1), 45, new(0, 0, 0), new(0, 0, 0), new(0, 0, 0)),
    };
}
