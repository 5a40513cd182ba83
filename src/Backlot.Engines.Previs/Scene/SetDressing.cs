using Backlot.Engines.Previs.Rendering;

namespace Backlot.Engines.Previs.Scene;

/// <summary>A footprint on the camera plot: a turned rectangle or a circle, in set metres.</summary>
internal sealed record Footprint(double X, double Z, double HalfX, double HalfZ, double Yaw, bool Round, LinearColour Colour);

/// <summary>
/// The set being built: its triangles (mask id 0), its floor colour and the footprints the camera plot draws. Pieces
/// are added through the helpers so that every solid also lands on the plot.
/// </summary>
internal sealed class SetDressing(string name, MeshBuilder mesh, LinearColour ground)
{
    public string Name { get; } = name;

    public MeshBuilder Mesh { get; } = mesh;

    public LinearColour Ground { get; set; } = ground;

    public List<Footprint> Footprints { get; } = [];

    /// <summary>A box standing on the floor (or lifted by <paramref name="bottom"/>), turned by yaw radians.</summary>
    public void Block(double x, double z, double width, double depth, double height, double yaw, LinearColour colour, SurfaceRole role = SurfaceRole.Set, double bottom = 0, bool plot = true)
    {
        Mesh.Box(new Vec3(x, bottom + (height / 2), z), new Vec3(width / 2, height / 2, depth / 2), yaw, colour, role);
        if (plot)
            Footprints.Add(new Footprint(x, z, width / 2, depth / 2, yaw, false, colour));
    }

    /// <summary>A vertical cylinder (or cone, when the top radius is 0) standing at <paramref name="bottom"/>.</summary>
    public void Post(double x, double z, double radius, double topRadius, double height, LinearColour colour, SurfaceRole role = SurfaceRole.Set, double bottom = 0, int sides = 10, bool plot = true)
    {
        Mesh.Cylinder(new Vec3(x, bottom, z), new Vec3(x, bottom + height, z), radius, topRadius, sides, colour, role);
        if (plot)
            Footprints.Add(new Footprint(x, z, Math.Max(radius, topRadius), Math.Max(radius, topRadius), 0, true, colour));
    }

    /// <summary>A wall panel seen from the side <paramref name="facing"/> points to, from (x0, z0) to (x1, z1), between two heights.</summary>
    public void Wall(double x0, double z0, double x1, double z1, double y0, double y1, Vec3 facing, LinearColour colour, bool plot = true)
    {
        Mesh.Panel(new Vec3(x0, y0, z0), new Vec3(x1, y0, z1), new Vec3(x1, y1, z1), new Vec3(x0, y1, z0), facing, colour, SurfaceRole.Set);
        if (plot)
        {
            var length = Math.Sqrt(((x1 - x0) * (x1 - x0)) + ((z1 - z0) * (z1 - z0)));
            Footprints.Add(new Footprint((x0 + x1) / 2, (z0 + z1) / 2, length / 2, 0.06, Math.Atan2(z0 - z1, x1 - x0), false, colour));
        }
    }
}
