using Backlot.Engines.Previs.Rendering;

namespace Backlot.Engines.Previs.Scene;

/// <summary>
/// A body pose as directions of its segments in the character's own frame (x to its left, y up, z where it faces):
/// the spine (pelvis to neck), the chest's front, the head's up, and each upper arm, forearm, thigh and shin.
/// Lengths come from the body; <see cref="Mannequin"/> chains them and sets the lowest point on the floor.
/// </summary>
internal sealed record Pose(
    string Name,
    Vec3 Spine,
    Vec3 Front,
    Vec3 HeadUp,
    Vec3 UpperArmLeft,
    Vec3 ForearmLeft,
    Vec3 UpperArmRight,
    Vec3 ForearmRight,
    Vec3 ThighLeft,
    Vec3 ShinLeft,
    Vec3 ThighRight,
    Vec3 ShinRight)
{
    public static IReadOnlyList<string> Names { get; } = ["stand", "walk", "run", "sit", "kneel", "lie", "point", "reach", "fight", "fall"];

    /// <summary>Sitting needs a seat under the pelvis.</summary>
    public bool NeedsSeat => Name == "sit";

    public static Pose Get(string name) => name switch
    {
        "stand" => Stand,
        "walk" => new(name, D(0, 1, 0.04), D(0, 0, 1), D(0, 1, 0.02),
            D(0.08, -1, -0.32), D(0.05, -1, 0.05), D(-0.08, -1, 0.35), D(-0.05, -0.85, 0.55),
            D(0.02, -1, 0.36), D(0, -1, 0.08), D(-0.02, -1, -0.3), D(0, -1, -0.5)),
        "run" => new(name, D(0, 1, 0.3), D(0, -0.3, 1), D(0, 1, 0.15),
            D(0.12, -0.65, -0.75), D(0.05, -0.9, 0.45), D(-0.12, -0.55, 0.8), D(-0.1, 0.75, 0.6),
            D(0.03, -0.4, 0.92), D(0, -1, -0.15), D(-0.03, -0.9, -0.45), D(0, -0.4, -0.92)),
        "sit" => new(name, D(0, 1, -0.06), D(0, 0, 1), D(0, 1, 0.05),
            D(0.1, -1, 0.18), D(0.06, -0.25, 1), D(-0.1, -1, 0.18), D(-0.06, -0.25, 1),
            D(0.09, 0, 1), D(0, -1, 0.06), D(-0.09, 0, 1), D(0, -1, 0.06)),
        "kneel" => new(name, D(0, 1, 0.05), D(0, 0, 1), D(0, 1, 0.05),
            D(0.1, -1, 0.1), D(0.05, -1, 0.25), D(-0.1, -1, 0.1), D(-0.05, -1, 0.2),
            D(0.08, -0.05, 1), D(0, -1, 0.02), D(-0.06, -1, -0.05), D(0, -0.08, -1)),
        "lie" => new(name, D(0, 0, 1), D(0, 1, 0), D(0, 0.08, 1),
            D(0.3, -0.05, -1), D(0.1, 0, -1), D(-0.3, -0.05, -1), D(-0.1, 0, -1),
            D(0.06, 0, -1), D(0, 0, -1), D(-0.06, 0, -1), D(0, 0, -1)),
        "point" => Stand with
        {
            Name = name,
            UpperArmRight = D(-0.25, 0.15, 1),
            ForearmRight = D(-0.25, 0.15, 1),
        },
        "reach" => new(name, D(0, 1, 0.22), D(0, -0.2, 1), D(0, 1, 0.1),
            D(0.15, 0.1, 1), D(0.08, 0.2, 1), D(-0.15, 0.1, 1), D(-0.08, 0.2, 1),
            D(0.04, -1, 0.12), D(0, -1, -0.05), D(-0.04, -1, -0.2), D(0, -1, -0.1)),
        "fight" => new(name, D(0, 1, 0.1), D(0, 0, 1), D(0, 1, 0.05),
            D(0.35, -0.8, 0.45), D(-0.2, 0.85, 0.55), D(-0.35, -0.8, 0.35), D(0.2, 0.9, 0.45),
            D(0.18, -1, 0.3), D(0.05, -1, 0.05), D(-0.18, -1, -0.3), D(-0.05, -1, 0.1)),
        "fall" => new(name, D(0, 0.75, -0.65), D(0, 0.65, 0.75), D(0, 0.8, -0.3),
            D(0.7, 0.55, 0.35), D(0.35, 0.9, 0.1), D(-0.7, 0.55, 0.35), D(-0.35, 0.9, 0.1),
            D(0.1, -0.6, 0.8), D(0.05, -1, 0.35), D(-0.1, -1, 0.25), D(0, -1, -0.1)),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown pose"),
    };

    private static Pose Stand { get; } = new("stand", D(0, 1, 0), D(0, 0, 1), D(0, 1, 0),
        D(0.13, -1, 0), D(0.05, -1, 0.12), D(-0.13, -1, 0), D(-0.05, -1, 0.12),
        D(0.03, -1, 0), D(0, -1, 0), D(-0.03, -1, 0), D(0, -1, 0));

    private static Vec3 D(double x, double y, double z) => new Vec3(x, y, z).Normalized();
}
