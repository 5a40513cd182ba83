namespace Backlot.Engines.Previs.Rendering;

/// <summary>
/// A pinhole camera with a Super 35 sensor: the lens's focal length gives the horizontal field of view.
/// Image pixels: x to the right, y down; camera space: z is the distance along the view axis.
/// </summary>
internal sealed class Camera
{
    /// <summary>Super 35 (3-perf) gate width in millimetres.</summary>
    public const double SensorWidthMm = 24.89;

    public const double Near = 0.05;

    public Camera(Vec3 position, Vec3 target, double focalMm, int width, int height)
    {
        Position = position;
        Target = target;
        Width = width;
        Height = height;
        Forward = (target - position).Normalized();
        var worldUp = new Vec3(0, 1, 0);
        Right = Vec3.Cross(Forward, worldUp).Normalized();
        Up = Vec3.Cross(Right, Forward);
        FocalPixels = focalMm / SensorWidthMm * width;
    }

    public Vec3 Position { get; }

    public Vec3 Target { get; }

    public Vec3 Forward { get; }

    public Vec3 Right { get; }

    public Vec3 Up { get; }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Focal length in pixels of this image.</summary>
    public double FocalPixels { get; }

    public double HorizontalFov => 2 * Math.Atan(Width / 2.0 / FocalPixels);

    public double VerticalFov => 2 * Math.Atan(Height / 2.0 / FocalPixels);

    public Vec3 ToCamera(Vec3 world)
    {
        var d = world - Position;
        return new(Vec3.Dot(d, Right), Vec3.Dot(d, Up), Vec3.Dot(d, Forward));
    }

    /// <summary>Camera-space point (z &gt; 0) to sub-pixel image coordinates.</summary>
    public (double X, double Y) Project(Vec3 cam) =>
        ((Width / 2.0) + (cam.X / cam.Z * FocalPixels), (Height / 2.0) - (cam.Y / cam.Z * FocalPixels));

    /// <summary>The world direction through an image point, scaled so its camera-space z is 1.</summary>
    public Vec3 Ray(double px, double py) =>
        Forward + (Right * ((px - (Width / 2.0)) / FocalPixels)) + (Up * (((Height / 2.0) - py) / FocalPixels));
}
