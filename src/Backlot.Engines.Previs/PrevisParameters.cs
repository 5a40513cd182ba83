using Backlot.Domain.Sheets;

namespace Backlot.Engines.Previs;

/// <summary>The knobs the built-in previs engine declares.</summary>
internal static class PrevisParameters
{
    public static IReadOnlyList<EngineParameter> All { get; } =
    [
        new(KnobNames.Size, ParameterType.Choice, KnobValue.Of("WS"), "Shot size: how much of the subject fills the frame, from extreme wide to extreme close-up")
        {
            Choices = ["EWS", "WS", "FS", "MS", "MCU", "CU", "ECU"],
        },
        new(KnobNames.Angle, ParameterType.Choice, KnobValue.Of("eye"), "Camera angle: at eye level, above looking down, or below looking up")
        {
            Choices = ["eye", "high", "low"],
        },
        new(KnobNames.Lens, ParameterType.Number, KnobValue.Of(35), "Focal length on a Super 35 sensor (24.89 mm wide); sets the horizontal field of view")
        {
            Min = 12, Max = 300, Unit = "mm",
        },
        new(KnobNames.CameraHeight, ParameterType.Number, KnobValue.Of(0), "Camera height above the floor; 0 places it from the shot size and angle")
        {
            Min = 0, Max = 20, Unit = "m",
        },
        new(KnobNames.TimeOfDay, ParameterType.Text, KnobValue.Of("DAY"), "Sky and light: DAY, NIGHT, DAWN or DUSK (SUNRISE, MORNING, SUNSET, EVENING also read); anything else is day"),
        new(KnobNames.Location, ParameterType.Text, KnobValue.Of(""), "Set name; recorded with the take, not drawn yet"),
        new(KnobNames.Width, ParameterType.Integer, KnobValue.Of(960), "Frame width")
        {
            Min = 160, Max = 3840, Unit = "px",
        },
        new(KnobNames.ImageHeight, ParameterType.Integer, KnobValue.Of(540), "Frame height")
        {
            Min = 90, Max = 2160, Unit = "px",
        },
        new(KnobNames.Seed, ParameterType.Integer, KnobValue.Of(0), "Seed; previs is deterministic and does not use it yet")
        {
            Min = 0, Max = int.MaxValue,
        },
    ];
}
