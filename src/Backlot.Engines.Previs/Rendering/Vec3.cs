namespace Backlot.Engines.Previs.Rendering;

/// <summary>A point or direction in metres; doubles and plain arithmetic keep results identical run to run.</summary>
internal readonly record struct Vec3(double X, double Y, double Z)
{
    public static Vec3 Zero { get; }

    public static Vec3 UnitX { get; } = new(1, 0, 0);

    public static Vec3 UnitY { get; } = new(0, 1, 0);

    public static Vec3 UnitZ { get; } = new(0, 0, 1);

    public static Vec3 operator +(Vec3 a, Vec3 b) => new(a.X + b.X, a.Y + b.Y, a.Z + b.Z);

    public static Vec3 operator -(Vec3 a, Vec3 b) => new(a.X - b.X, a.Y - b.Y, a.Z - b.Z);

    public static Vec3 operator -(Vec3 a) => new(-a.X, -a.Y, -a.Z);

    public static Vec3 operator *(Vec3 a, double s) => new(a.X * s, a.Y * s, a.Z * s);

    public double Length => Math.Sqrt(Dot(this, this));

    public Vec3 Normalized()
    {
        var length = Length;
        return length > 0 ? this * (1 / length) : this;
    }

    public static double Dot(Vec3 a, Vec3 b) => (a.X * b.X) + (a.Y * b.Y) + (a.Z * b.Z);

    public static Vec3 Cross(Vec3 a, Vec3 b) =>
        new((a.Y * b.Z) - (a.Z * b.Y), (a.Z * b.X) - (a.X * b.Z), (a.X * b.Y) - (a.Y * b.X));

    public static Vec3 Lerp(Vec3 a, Vec3 b, double t) => a + ((b - a) * t);

    /// <summary>Turns the vector about the vertical axis by <paramref name="yaw"/> radians (+z turns towards +x).</summary>
    public Vec3 RotateY(double yaw)
    {
        var (sin, cos) = Math.SinCos(yaw);
        return new((X * cos) + (Z * sin), Y, (-X * sin) + (Z * cos));
    }

    /// <summary>Rotates about a unit axis by <paramref name="angle"/> radians (Rodrigues).</summary>
    public Vec3 Rotate(Vec3 axis, double angle)
    {
        var (sin, cos) = Math.SinCos(angle);
        return (this * cos) + (Cross(axis, this) * sin) + (axis * (Dot(axis, this) * (1 - cos)));
    }

    /// <summary>This vector with its component along <paramref name="axis"/> (unit) removed, normalised.</summary>
    public Vec3 OrthogonalTo(Vec3 axis) => (this - (axis * Dot(this, axis))).Normalized();

    /// <summary>Heading in the ground plane: 0 along +z, π/2 along +x.</summary>
    public double Yaw => Math.Atan2(X, Z);
}
