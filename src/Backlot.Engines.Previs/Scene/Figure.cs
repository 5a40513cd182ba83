using Backlot.Domain.Characters;
using Backlot.Engines.Previs.Rendering;

namespace Backlot.Engines.Previs.Scene;

/// <summary>
/// A standing person made of boxes (shoes, legs, hips, torso, arms, hands, neck, head, hair, eyes),
/// proportioned from the bible's height and build, facing along its own +z.
/// </summary>
internal sealed record Figure(string Name, Vec3 Feet, double Yaw, double HeightMetres, Build Build, FigureColours Colours)
{
    /// <summary>Height of the eyes above the floor.</summary>
    public double EyeHeight => HeightMetres * 0.935;

    /// <summary>How wide the body is next to an average build.</summary>
    public double WidthFactor => Build switch
    {
        Build.Slight => 0.88,
        Build.Athletic => 1.08,
        Build.Heavy => 1.25,
        _ => 1.0,
    };

    /// <summary>Radius of the contact shadow on the floor.</summary>
    public double FootprintRadius => HeightMetres * 0.15 * WidthFactor;

    public void AddTriangles(List<Triangle> output)
    {
        var h = HeightMetres;
        var w = WidthFactor;
        var depthFactor = Build == Build.Heavy ? 1.3 : Build == Build.Slight ? 0.9 : 1.0;
        var top = LinearColour.FromSrgb(Colours.Top);
        var bottom = LinearColour.FromSrgb(Colours.Bottom);
        var shoes = LinearColour.FromSrgb(Colours.Shoes);
        var skin = LinearColour.FromSrgb(Colours.Skin);
        var hair = LinearColour.FromSrgb(Colours.Hair);
        var eyes = new LinearColour(0.01, 0.01, 0.012);

        void Add(double x0, double y0, double z0, double x1, double y1, double z1, LinearColour c) =>
            Box.Add(output, new Vec3(x0, y0, z0), new Vec3(x1, y1, z1), Yaw, Feet, c);

        var torsoHalf = 0.1 * h * w;
        var torsoDepth = 0.06 * h * depthFactor;
        var legWidth = 0.075 * h * w;
        var legGap = 0.012 * h;
        var hip = 0.52 * h;
        var shoulder = 0.815 * h;

        // Shoes (longer towards the front), legs, hips.
        foreach (var side in (ReadOnlySpan<double>)[-1, 1])
        {
            var inner = side * legGap;
            var outer = side * (legGap + legWidth);
            var (lx0, lx1) = (Math.Min(inner, outer), Math.Max(inner, outer));
            Add(lx0, 0, -0.035 * h, lx1, 0.045 * h, 0.08 * h, shoes);
            Add(lx0 + 0.004, 0.045 * h, -0.035 * h, lx1 - 0.004, hip, 0.035 * h, bottom);
        }

        Add(-torsoHalf * 0.95, hip - (0.02 * h), -torsoDepth * 0.9, torsoHalf * 0.95, hip + (0.06 * h), torsoDepth * 0.9, bottom);

        // Torso and arms (sleeves in the top colour, hands in skin).
        Add(-torsoHalf, hip + (0.06 * h), -torsoDepth, torsoHalf, shoulder, torsoDepth, top);
        var armWidth = 0.05 * h * w;
        foreach (var side in (ReadOnlySpan<double>)[-1, 1])
        {
            var inner = side * (torsoHalf + 0.004);
            var outer = side * (torsoHalf + 0.004 + armWidth);
            var (ax0, ax1) = (Math.Min(inner, outer), Math.Max(inner, outer));
            Add(ax0, 0.5 * h, -0.028 * h, ax1, shoulder - (0.005 * h), 0.028 * h, top);
            Add(ax0 + 0.003, 0.42 * h, -0.022 * h, ax1 - 0.003, 0.5 * h, 0.022 * h, skin);
        }

        // Neck, head, hair cap and back, eyes.
        Add(-0.03 * h, shoulder, -0.028 * h, 0.03 * h, 0.87 * h, 0.028 * h, skin);
        var headHalf = 0.05 * h;
        var headFront = 0.06 * h;
        Add(-headHalf, 0.865 * h, -0.055 * h, headHalf, 0.995 * h, headFront, skin);
        Add(-headHalf - 0.004, 0.965 * h, -0.062 * h, headHalf + 0.004, 1.008 * h, headFront + 0.004, hair);
        Add(-headHalf - 0.004, 0.9 * h, -0.062 * h, headHalf + 0.004, 0.965 * h, -0.02 * h, hair);
        foreach (var side in (ReadOnlySpan<double>)[-1, 1])
        {
            var cx = side * 0.019 * h;
            Add(cx - (0.008 * h), 0.928 * h, headFront, cx + (0.008 * h), 0.94 * h, headFront + 0.003, eyes);
        }
    }
}
