namespace Backlot.Engines.Previs.Rendering;

/// <summary>A point or direction in metres; doubles and plain arithmetic keep results identical run to run.</summary>
internal readonly record struct Vec3(double X, double Y, double Z)
{
    public static Vec3 Zero { get; }

    public static Vec3 operator +(Vec3 a, Vec3 b) => new(a.X + b.X, a.Y + b.Y, a.Z + b.Z);

    public static Vec3 operator -(Vec3 a, Vec3 b) => new(a.X - b.X, a.Y - b.Y, a.Z - b.Z);

    public static Vec3 operator *(Vec3 a, double s) => new(a.X * s, a.Y * s, a.Z * s);

    public double Length => Math.Sqrt(Dot(this, this));

    public Vec3 Normalized() => this * (1 / Length);

    public static double Dot(Vec3 a, Vec3 b) => (a.X * b.X) + (a.Y * b.Y) + (a.Z * b.Z);

    public static Vec3 Cross(Vec3 a, Vec3 b) =>
        new((a.Y * b.Z) - (a.Z * b.Y), (a.Z * b.X) - (a.X * b.Z), (a.X * b.Y) - (a.Y * b.X));

    /// <summary>Turns the vector about the vertical axis by <paramref name="yaw"/> radians.</summary>
    public Vec3 RotateY(double yaw)
    {
        var (sin, cos) = Math.SinCos(yaw);
        return new((X * cos) + (Z * sin), Y, (-X * sin) + (Z * cos));
    }
}
