using Backlot.Engines.Previs.Rendering;

namespace Backlot.Engines.Previs.Scene;

/// <summary>
/// How the beauty pass paints surfaces. shaded: each face's albedo under the rig (Lambert, flat per face, so a face's
/// colour depends on the light and its normal only, never on the camera). storyboard: paper, ink where parts meet,
/// three toon bands of grey, the clothing tops kept as each character's accent colour. clay: one neutral material.
/// </summary>
internal static class Styles
{
    private static readonly LinearColour Paper = LinearColour.FromHex("#f3efe4");
    private static readonly LinearColour Ink = LinearColour.FromHex("#2b2a2e");
    private static readonly LinearColour Clay = LinearColour.FromHex("#bdb1a2");
    private static readonly LinearColour ClayFigure = LinearColour.FromHex("#d6c7b5");

    public static Func<Triangle, LinearColour> Painter(string style, Lighting light) => style switch
    {
        "storyboard" => t => Toon(light, t),
        "clay" => t => light.Shade(ClayAlbedo(t.Role), t.Normal),
        _ => t => light.Shade(t.Albedo, t.Normal),
    };

    public static Backdrop Backdrop(string style, Lighting light, SetDressing set) => style switch
    {
        "storyboard" => new Backdrop(Paper, Paper, Paper * 0.9, Paper * 0.72, Paper, 0.55, Ink),
        "clay" => new Backdrop(LinearColour.FromHex("#cfd0d4"), LinearColour.FromHex("#ecebe8"),
            light.Shade(Clay, Vec3.UnitY), Clay * light.Irradiance(Vec3.UnitY, withKey: false), LinearColour.FromHex("#ecebe8"), 0, null),
        _ => new Backdrop(light.SkyTop, light.SkyHorizon,
            light.Shade(set.Ground, Vec3.UnitY), set.Ground * light.Irradiance(Vec3.UnitY, withKey: false), light.SkyHorizon, set.Name == "stage" ? 0.6 : 0.3, null),
    };

    private static LinearColour ClayAlbedo(SurfaceRole role) => role switch
    {
        SurfaceRole.Eyes => LinearColour.Grey(0.02),
        SurfaceRole.Hair => ClayFigure * 0.6,
        SurfaceRole.Skin or SurfaceRole.Top or SurfaceRole.Bottom or SurfaceRole.Shoes => ClayFigure,
        _ => Clay,
    };

    private static LinearColour Toon(Lighting light, Triangle t)
    {
        var lit = light.Irradiance(t.Normal, withKey: true).Luminance;
        var best = light.Irradiance(light.Key.ToLight, withKey: true).Luminance;
        var r = best > 0 ? lit / best : 1;
        var band = r > 0.72 ? 1.0 : r > 0.42 ? 0.84 : 0.68;
        var paper = Paper * band;
        return t.Role switch
        {
            SurfaceRole.Top => LinearColour.Lerp(t.Albedo, Paper, 0.3) * band,
            SurfaceRole.Skin => paper * 0.97,
            SurfaceRole.Hair => paper * 0.42,
            SurfaceRole.Bottom => paper * 0.62,
            SurfaceRole.Shoes => paper * 0.38,
            SurfaceRole.Eyes => Ink,
            SurfaceRole.Foliage => paper * 0.74,
            SurfaceRole.Prop => paper * 0.86,
            _ => paper * 0.95,
        };
    }
}
