namespace Backlot.Engines.Previs.Rendering;

/// <summary>What a surface is, so that a style can paint it (storyboard greys, clay, the look's colours).</summary>
internal enum SurfaceRole : byte
{
    Set,
    Prop,
    Foliage,
    Skin,
    Hair,
    Top,
    Bottom,
    Shoes,
    Eyes,
}

/// <summary>
/// A flat-shaded triangle in world space; <see cref="Normal"/> points out of the solid. <see cref="Part"/> numbers the
/// primitive it belongs to (outlines are drawn where parts meet); <see cref="Instance"/> is 0 for the set, else the
/// character's mask id.
/// </summary>
internal readonly record struct Triangle(
    Vec3 A,
    Vec3 B,
    Vec3 C,
    Vec3 Normal,
    LinearColour Albedo,
    SurfaceRole Role,
    int Part,
    byte Instance,
    bool CastsShadow);
