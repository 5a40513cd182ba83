namespace Backlot.Engines.Previs.Rendering;

/// <summary>A flat-shaded triangle in world space; <see cref="Normal"/> points out of the solid.</summary>
internal readonly record struct Triangle(Vec3 A, Vec3 B, Vec3 C, Vec3 Normal, LinearColour Albedo);
