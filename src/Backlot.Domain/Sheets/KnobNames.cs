namespace Backlot.Domain.Sheets;

/// <summary>Names of knobs that more than one room reads. Engines declare their own on top.</summary>
public static class KnobNames
{
    public const string Engine = "engine";
    public const string Seed = "seed";
    public const string Size = "size";
    public const string Angle = "angle";

    /// <summary>Kind of coverage: establishing, two-shot, group, ots, single, insert, cutaway, pov.</summary>
    public const string Framing = "framing";

    /// <summary>The character the camera favours.</summary>
    public const string Subject = "subject";

    public const string Lens = "lens";
    public const string CameraHeight = "height";
    public const string TimeOfDay = "timeOfDay";
    public const string Location = "location";
    public const string Width = "width";
    public const string ImageHeight = "imageHeight";

    /// <summary>Camera sensor: a named format or a width in millimetres; with the lens it sets the field of view.</summary>
    public const string Sensor = "sensor";

    /// <summary>Where characters stand and what they do, in the previs engine's blocking syntax.</summary>
    public const string Blocking = "blocking";
}
