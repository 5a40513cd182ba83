namespace Backlot.Engines.Previs.Rendering;

/// <summary>
/// Collects triangles from convex primitives (boxes, tapered boxes, cylinders, ellipsoids, cones). Each primitive is
/// one part; every face is wound so its normal points away from the primitive's centre, so callers never think
/// about winding.
/// </summary>
internal sealed class MeshBuilder
{
    private int _nextPart = 1;

    public List<Triangle> Triangles { get; } = new(4096);

    /// <summary>Mask id given to what is added next (0 = set).</summary>
    public byte Instance { get; set; }

    public bool CastsShadow { get; set; } = true;

    /// <summary>An axis-aligned box turned by <paramref name="yaw"/> about its vertical axis through <paramref name="centre"/>.</summary>
    public void Box(Vec3 centre, Vec3 halfSize, double yaw, LinearColour albedo, SurfaceRole role)
    {
        var x = Vec3.UnitX.RotateY(yaw) * halfSize.X;
        var y = Vec3.UnitY * halfSize.Y;
        var z = Vec3.UnitZ.RotateY(yaw) * halfSize.Z;
        OrientedBox(centre, x, y, z, albedo, role);
    }

    /// <summary>A box with half-axes <paramref name="x"/>, <paramref name="y"/>, <paramref name="z"/> (any orientation).</summary>
    public void OrientedBox(Vec3 centre, Vec3 x, Vec3 y, Vec3 z, LinearColour albedo, SurfaceRole role) =>
        TaperedBox(centre - y, centre + y, x, z, x, z, albedo, role);

    /// <summary>
    /// A box whose bottom face (centre <paramref name="bottom"/>, half-axes bx, bz) and top face (centre
    /// <paramref name="top"/>, half-axes tx, tz) may differ: torsos, feet, heads of hammers.
    /// </summary>
    public void TaperedBox(Vec3 bottom, Vec3 top, Vec3 bx, Vec3 bz, Vec3 tx, Vec3 tz, LinearColour albedo, SurfaceRole role)
    {
        Span<Vec3> c =
        [
            bottom - bx - bz, bottom + bx - bz, bottom + bx + bz, bottom - bx + bz,
            top - tx - tz, top + tx - tz, top + tx + tz, top - tx + tz,
        ];
        var centre = (bottom + top) * 0.5;
        var part = _nextPart++;
        Quad(centre, c[0], c[1], c[2], c[3], albedo, role, part);
        Quad(centre, c[4], c[5], c[6], c[7], albedo, role, part);
        Quad(centre, c[0], c[1], c[5], c[4], albedo, role, part);
        Quad(centre, c[1], c[2], c[6], c[5], albedo, role, part);
        Quad(centre, c[2], c[3], c[7], c[6], albedo, role, part);
        Quad(centre, c[3], c[0], c[4], c[7], albedo, role, part);
    }

    /// <summary>A capped, possibly tapered cylinder from <paramref name="a"/> to <paramref name="b"/>.</summary>
    public void Cylinder(Vec3 a, Vec3 b, double radiusA, double radiusB, int sides, LinearColour albedo, SurfaceRole role)
    {
        var axis = (b - a).Normalized();
        var (u, v) = Basis(axis);
        var centre = (a + b) * 0.5;
        var part = _nextPart++;
        for (var i = 0; i < sides; i++)
        {
            var (s0, c0) = Math.SinCos(2 * Math.PI * i / sides);
            var (s1, c1) = Math.SinCos(2 * Math.PI * (i + 1) / sides);
            var d0 = (u * c0) + (v * s0);
            var d1 = (u * c1) + (v * s1);
            var a0 = a + (d0 * radiusA);
            var a1 = a + (d1 * radiusA);
            var b0 = b + (d0 * radiusB);
            var b1 = b + (d1 * radiusB);
            Quad(centre, a0, a1, b1, b0, albedo, role, part);
            if (radiusA > 0)
                Add(centre, a, a1, a0, albedo, role, part);
            if (radiusB > 0)
                Add(centre, b, b0, b1, albedo, role, part);
        }
    }

    /// <summary>An ellipsoid with half-axes <paramref name="x"/>, <paramref name="y"/>, <paramref name="z"/>; <paramref name="maxPolar"/> below π leaves a cap (hair).</summary>
    public void Ellipsoid(Vec3 centre, Vec3 x, Vec3 y, Vec3 z, int slices, int stacks, LinearColour albedo, SurfaceRole role, double maxPolar = Math.PI)
    {
        var part = _nextPart++;
        Vec3 P(int stack, int slice)
        {
            var polar = Math.Min(maxPolar, Math.PI * stack / stacks);
            var (sp, cp) = Math.SinCos(polar);
            var (sa, ca) = Math.SinCos(2 * Math.PI * slice / slices);
            return centre + (y * cp) + (x * (sp * ca)) + (z * (sp * sa));
        }

        var rows = (int)Math.Ceiling(stacks * Math.Min(1, maxPolar / Math.PI));
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < slices; j++)
            {
                var p00 = P(i, j);
                var p01 = P(i, j + 1);
                var p10 = P(i + 1, j);
                var p11 = P(i + 1, j + 1);
                if (i > 0)
                    Add(centre, p00, p01, p11, albedo, role, part);
                if (i < stacks - 1 || maxPolar < Math.PI)
                    Add(centre, p00, p11, p10, albedo, role, part);
            }
        }
    }

    /// <summary>A one-sided rectangle seen from the side <paramref name="facing"/> points to (walls of a set).</summary>
    public void Panel(Vec3 a, Vec3 b, Vec3 c, Vec3 d, Vec3 facing, LinearColour albedo, SurfaceRole role)
    {
        var part = _nextPart++;
        var n = Vec3.Cross(b - a, c - a).Normalized();
        if (Vec3.Dot(n, facing) < 0)
        {
            (b, d) = (d, b);
            n = -n;
        }

        Triangles.Add(new Triangle(a, b, c, n, albedo, role, part, Instance, CastsShadow));
        Triangles.Add(new Triangle(a, c, d, n, albedo, role, part, Instance, CastsShadow));
    }

    /// <summary>Two unit vectors perpendicular to <paramref name="axis"/> and to each other.</summary>
    public static (Vec3 U, Vec3 V) Basis(Vec3 axis)
    {
        var helper = Math.Abs(axis.Y) < 0.9 ? Vec3.UnitY : Vec3.UnitX;
        var u = Vec3.Cross(helper, axis).Normalized();
        return (u, Vec3.Cross(axis, u));
    }

    private void Quad(Vec3 centre, Vec3 a, Vec3 b, Vec3 c, Vec3 d, LinearColour albedo, SurfaceRole role, int part)
    {
        Add(centre, a, b, c, albedo, role, part);
        Add(centre, a, c, d, albedo, role, part);
    }

    private void Add(Vec3 centre, Vec3 a, Vec3 b, Vec3 c, LinearColour albedo, SurfaceRole role, int part)
    {
        var n = Vec3.Cross(b - a, c - a);
        var length = n.Length;
        if (length < 1e-12)
            return;
        n *= 1 / length;
        if (Vec3.Dot(n, ((a + b + c) * (1.0 / 3)) - centre) < 0)
        {
            (b, c) = (c, b);
            n = -n;
        }

        Triangles.Add(new Triangle(a, b, c, n, albedo, role, part, Instance, CastsShadow));
    }
}
