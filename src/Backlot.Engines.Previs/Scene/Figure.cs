using Backlot.Domain.Characters;
using Backlot.Engines.Previs.Rendering;

namespace Backlot.Engines.Previs.Scene;

/// <summary>The figure's colours in linear light.</summary>
internal sealed record FigurePaint(LinearColour Top, LinearColour Bottom, LinearColour Shoes, LinearColour Skin, LinearColour Hair);

/// <summary>
/// A character placed on the set: where its feet are, which way it faces (yaw 0 faces +z, downstage; positive turns
/// towards +x, stage left), its pose, what it looks and points at, and its mask id (1, 2, … in request order).
/// </summary>
internal sealed record Figure(string Name, byte Instance, Vec3 Feet, double Yaw, double HeightMetres, Build Build, FigureColours Colours, string Pose)
{
    public static LinearColour EyeColour { get; } = new(0.01, 0.01, 0.012);

    public Vec3? LookAt { get; init; }

    public Vec3? PointAt { get; init; }

    /// <summary>Left out of the beauty and the maps (the point-of-view character); still on the plot.</summary>
    public bool Hidden { get; init; }

    public FigurePaint Paint { get; } = new(
        LinearColour.FromSrgb(Colours.Top),
        LinearColour.FromSrgb(Colours.Bottom),
        LinearColour.FromSrgb(Colours.Shoes),
        LinearColour.FromSrgb(Colours.Skin),
        LinearColour.FromSrgb(Colours.Hair));

    /// <summary>Unit vector of the facing in the ground plane.</summary>
    public Vec3 Facing => Vec3.UnitZ.RotateY(Yaw);

    public double EyeHeight => Mannequin.EyeHeight(HeightMetres);

    /// <summary>Radius of the figure's footprint, for spacing and the plot.</summary>
    public double FootprintRadius => HeightMetres * 0.13 * Mannequin.WidthFactor(Build);
}
