namespace Backlot.Engines.Previs.Rendering;

/// <summary>
/// A pinhole camera: focal length over sensor width gives the focal length in pixels, the same for x and y (square
/// pixels; the image's aspect crops the sensor's height). Pixel coordinates are continuous with (0, 0) at the
/// image's top-left corner, so pixel (i, j) has its centre at (i + 0.5, j + 0.5) and the principal point is the
/// image centre. Camera space: x right, y up, z along the view axis.
/// </summary>
internal sealed class Camera
{
    public const double Near = 0.05;

    public Camera(Vec3 position, Vec3 forward, Vec3 right, Vec3 up, double focalMm, double sensorWidthMm, int width, int height)
    {
        Position = position;
        Forward = forward;
        Right = right;
        Up = up;
        FocalMm = focalMm;
        SensorWidthMm = sensorWidthMm;
        Width = width;
        Height = height;
        FocalPixels = focalMm / sensorWidthMm * width;
        Cx = width / 2.0;
        Cy = height / 2.0;
    }

    /// <summary>
    /// A camera at <paramref name="position"/> aimed at <paramref name="target"/>, then panned (positive turns right),
    /// tilted (positive looks up) and rolled (positive turns the camera clockwise, as its operator sees it), in degrees.
    /// </summary>
    public static Camera Aim(Vec3 position, Vec3 target, double panDeg, double tiltDeg, double rollDeg, double focalMm, double sensorWidthMm, int width, int height)
    {
        var look = target - position;
        if (look.Length < 1e-9)
            look = -Vec3.UnitZ;
        look = look.Normalized();
        var yaw = Math.Atan2(look.X, look.Z) - (panDeg * Math.PI / 180);
        var pitch = Math.Clamp(Math.Asin(Math.Clamp(look.Y, -1, 1)) + (tiltDeg * Math.PI / 180), -89 * Math.PI / 180, 89 * Math.PI / 180);
        var (sy, cy) = Math.SinCos(yaw);
        var (sp, cp) = Math.SinCos(pitch);
        var forward = new Vec3(sy * cp, sp, cy * cp);
        var right = Vec3.Cross(forward, Vec3.UnitY).Normalized();
        var up = Vec3.Cross(right, forward);
        var (sr, cr) = Math.SinCos(rollDeg * Math.PI / 180);
        var rolledRight = (right * cr) - (up * sr);
        var rolledUp = (up * cr) + (right * sr);
        return new Camera(position, forward, rolledRight, rolledUp, focalMm, sensorWidthMm, width, height);
    }

    public Vec3 Position { get; }

    public Vec3 Forward { get; }

    public Vec3 Right { get; }

    public Vec3 Up { get; }

    public double FocalMm { get; }

    public double SensorWidthMm { get; }

    /// <summary>The height of the sensor the image uses, from its aspect.</summary>
    public double SensorHeightMm => SensorWidthMm * Height / Width;

    public int Width { get; }

    public int Height { get; }

    /// <summary>Focal length in pixels of this image (fx = fy).</summary>
    public double FocalPixels { get; }

    public double Cx { get; }

    public double Cy { get; }

    public double HorizontalFov => 2 * Math.Atan(Width / 2.0 / FocalPixels);

    public double VerticalFov => 2 * Math.Atan(Height / 2.0 / FocalPixels);

    /// <summary>The same camera drawing an image <paramref name="factor"/> times larger (supersampling).</summary>
    public Camera Scaled(int factor) =>
        new(Position, Forward, Right, Up, FocalMm, SensorWidthMm, Width * factor, Height * factor);

    public Vec3 ToCamera(Vec3 world)
    {
        var d = world - Position;
        return new(Vec3.Dot(d, Right), Vec3.Dot(d, Up), Vec3.Dot(d, Forward));
    }

    /// <summary>Camera-space point (z &gt; 0) to continuous image coordinates.</summary>
    public (double X, double Y) Project(Vec3 cam) =>
        (Cx + (cam.X / cam.Z * FocalPixels), Cy - (cam.Y / cam.Z * FocalPixels));

    /// <summary>World point to image coordinates and its camera-space depth (negative behind the camera).</summary>
    public (double X, double Y, double Depth) ProjectWorld(Vec3 world)
    {
        var c = ToCamera(world);
        var (x, y) = Project(c);
        return (x, y, c.Z);
    }

    /// <summary>The world direction through an image point, scaled so its camera-space z is 1.</summary>
    public Vec3 Ray(double px, double py) =>
        Forward + (Right * ((px - Cx) / FocalPixels)) + (Up * ((Cy - py) / FocalPixels));

    /// <summary>
    /// World-to-camera as a row-major 4×4 in the OpenCV convention (x right, y down, z forward), so that
    /// u = fx·x/z + cx and v = fy·y/z + cy with this class's cx, cy.
    /// </summary>
    public double[] WorldToCameraOpenCv()
    {
        Vec3[] rows = [Right, -Up, Forward];
        var m = new double[16];
        for (var r = 0; r < 3; r++)
        {
            m[(r * 4) + 0] = rows[r].X;
            m[(r * 4) + 1] = rows[r].Y;
            m[(r * 4) + 2] = rows[r].Z;
            m[(r * 4) + 3] = -Vec3.Dot(rows[r], Position);
        }

        m[15] = 1;
        return m;
    }
}
