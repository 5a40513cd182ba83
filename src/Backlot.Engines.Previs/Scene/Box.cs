using Backlot.Engines.Previs.Rendering;

namespace Backlot.Engines.Previs.Scene;

/// <summary>Builds the twelve triangles of an axis-aligned box, then turns and moves it into place.</summary>
internal static class Box
{
    /// <param name="min">Lower corner in the figure's own frame (x right, y up, z towards its front).</param>
    /// <param name="max">Upper corner in the figure's own frame.</param>
    public static void Add(List<Triangle> output, Vec3 min, Vec3 max, double yaw, Vec3 origin, LinearColour albedo)
    {
        Vec3 P(double x, double y, double z) => new Vec3(x, y, z).RotateY(yaw) + origin;
        Vec3 N(double x, double y, double z) => new Vec3(x, y, z).RotateY(yaw);

        var (x0, y0, z0, x1, y1, z1) = (min.X, min.Y, min.Z, max.X, max.Y, max.Z);
        Quad(output, P(x0, y0, z1), P(x1, y0, z1), P(x1, y1, z1), P(x0, y1, z1), N(0, 0, 1), albedo);   // front
        Quad(output, P(x1, y0, z0), P(x0, y0, z0), P(x0, y1, z0), P(x1, y1, z0), N(0, 0, -1), albedo);  // back
        Quad(output, P(x0, y0, z0), P(x0, y0, z1), P(x0, y1, z1), P(x0, y1, z0), N(-1, 0, 0), albedo);  // left
        Quad(output, P(x1, y0, z1), P(x1, y0, z0), P(x1, y1, z0), P(x1, y1, z1), N(1, 0, 0), albedo);   // right
        Quad(output, P(x0, y1, z1), P(x1, y1, z1), P(x1, y1, z0), P(x0, y1, z0), N(0, 1, 0), albedo);   // top
        Quad(output, P(x0, y0, z0), P(x1, y0, z0), P(x1, y0, z1), P(x0, y0, z1), N(0, -1, 0), albedo);  // bottom
    }

    private static void Quad(List<Triangle> output, Vec3 a, Vec3 b, Vec3 c, Vec3 d, Vec3 normal, LinearColour albedo)
    {
        output.Add(new Triangle(a, b, c, normal, albedo));
        output.Add(new Triangle(a, c, d, normal, albedo));
    }
}
