using Backlot.Engines.Previs.Rendering;

namespace Backlot.Engines.Previs.Scene;

/// <summary>
/// Where the characters stand: in a row centred on the origin, 0.9 m apart, on a gentle arc whose ends
/// come towards the camera (which stands on +z), each turned to face the camera's side of the set.
/// </summary>
internal static class Blocking
{
    public const double Spacing = 0.9;

    public static IReadOnlyList<Figure> Place(IReadOnlyList<FrameCharacter> characters)
    {
        var figures = new List<Figure>(characters.Count);
        for (var i = 0; i < characters.Count; i++)
        {
            var c = characters[i];
            var x = (i - ((characters.Count - 1) / 2.0)) * Spacing;
            var z = 0.12 * x * x;

            // Face a point 6 m in front of the row's centre.
            var yaw = Math.Atan2(-x, 6 - z);
            figures.Add(new Figure(c.Name, new Vec3(x, 0, z), yaw, c.Bible.HeightMetres, c.Bible.Build, FigureColours.For(c, i)));
        }

        return figures;
    }
}
