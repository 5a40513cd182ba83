namespace Backlot.Engines.Previs;

/// <summary>
/// What the previs engine returns as <see cref="FrameResponse.RawRepresentation"/>: the camera it placed and the
/// metric range of the depth map (65535 = <see cref="NearestMetres"/>, 0 = <see cref="FarMetres"/> or sky; inverse depth in between).
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
    int Supersampling);
