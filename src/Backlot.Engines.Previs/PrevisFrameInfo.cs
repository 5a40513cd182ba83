namespace Backlot.Engines.Previs;

/// <summary>
/// What the previs engine returns as <see cref="FrameResponse.RawRepresentation"/>: the camera it placed, the metric
/// range of the depth PNG (65535 = <see cref="NearestMetres"/>, 0 = <see cref="FarMetres"/> or sky; inverse depth in
/// between), and the maps as numbers: metric depth per pixel for EXR, the instance ids and who they are, the
/// intrinsics and extrinsics, and each character's joints and keypoints.
/// </summary>
public sealed record PrevisFrameInfo(
    double CameraX,
    double CameraY,
    double CameraZ,
    double TargetX,
    double TargetY,
    double TargetZ,
    double HorizontalFovDegrees,
    double NearestMetres,
    double FarMetres,
    int Supersampling)
{
    public int Width { get; init; }

    public int Height { get; init; }

#pragma warning disable CA1819 // the buffers are the point: an EXR writer and mask tools read them directly
    /// <summary>Depth along the view axis (camera-space z) in metres per pixel, row-major, top row first; +∞ where only sky is seen.</summary>
    public float[] DepthMetres { get; init; } = [];

    /// <summary>Mask id per pixel (0 = set or sky), row-major; <see cref="Instances"/> says who each id is.</summary>
    public byte[] InstanceIds { get; init; } = [];
#pragma warning restore CA1819

    public IReadOnlyList<PrevisInstance> Instances { get; init; } = [];

    public PrevisCamera Camera { get; init; } = new(0, 0, 0, 0, 0, 0, "", []);

    public IReadOnlyList<PrevisPerson> People { get; init; } = [];

    /// <summary>The set preset, light preset and style that were drawn.</summary>
    public string Set { get; init; } = "";

    public string Light { get; init; } = "";

    public string Style { get; init; } = "";
}

/// <summary>A mask id and the character it stands for, with the colour the mask PNG paints it.</summary>
public sealed record PrevisInstance(int Id, string Name, string Colour);

/// <summary>
/// Pinhole intrinsics in pixels (principal point in continuous coordinates, origin at the image's top-left corner) and
/// the world-to-camera matrix, row-major 4×4, OpenCV axes (x right, y down, z forward): u = fx·x/z + cx, v = fy·y/z + cy.
/// </summary>
public sealed record PrevisCamera(double Fx, double Fy, double Cx, double Cy, double FocalMm, double SensorWidthMm, string Sensor, IReadOnlyList<double> WorldToCamera);

/// <summary>A drawn character: COCO-18 keypoints (x, y, confidence per point) and the same joints in world metres (x, y, z per point).</summary>
public sealed record PrevisPerson(string Name, int Id, IReadOnlyList<double> Keypoints, IReadOnlyList<double> Joints);
