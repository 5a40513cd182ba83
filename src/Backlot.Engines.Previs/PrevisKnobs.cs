namespace Backlot.Engines.Previs;

/// <summary>Knobs only the previs engine reads (the shared ones are in <c>KnobNames</c>).</summary>
public static class PrevisKnobs
{
    public const string Over = "over";
    public const string Pan = "pan";
    public const string Tilt = "tilt";
    public const string Roll = "roll";
    public const string CameraPosition = "cameraPosition";
    public const string CameraTarget = "cameraTarget";
    public const string Set = "set";
    public const string Props = "props";
    public const string Style = "style";
    public const string Light = "light";
    public const string KeyAzimuth = "keyAzimuth";
    public const string KeyElevation = "keyElevation";
    public const string KeyIntensity = "keyIntensity";
    public const string FillIntensity = "fillIntensity";
    public const string BackIntensity = "backIntensity";
}
