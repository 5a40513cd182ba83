using Backlot.Domain.Sheets;
using Backlot.Engines.Previs.Scene;

namespace Backlot.Engines.Previs;

/// <summary>The knobs the built-in previs engine declares: type, unit, range or choices, default and meaning.</summary>
internal static class PrevisParameters
{
    public static IReadOnlyList<EngineParameter> All { get; } =
    [
        // Camera and lens.
        new(KnobNames.Size, ParameterType.Choice, KnobValue.Of("WS"), "Shot size, a framing rule from the framed character's proportions: EWS, WS, FS (whole figure), MS (cut at the waist), MCU (chest), CU (head), ECU (eyes)")
        {
            Choices = Framing.Sizes,
        },
        new(KnobNames.Framing, ParameterType.Choice, KnobValue.Of("single"), "Who is framed: the subject alone (single; the planner's establishing, group and cutaway frame the same way), a two-shot of the subject and the nearest other character (or 'over'), over the other's shoulder (ots), from the other's eyes (pov), or a close insert of the first prop")
        {
            Choices = Framing.Modes,
        },
        new(KnobNames.Subject, ParameterType.Text, KnobValue.Of(""), "The framed character's name; empty frames the first character (or, in wide sizes, the whole group)"),
        new(PrevisKnobs.Over, ParameterType.Text, KnobValue.Of(""), "For two-shot, ots and pov: the other character; empty takes the one nearest the subject"),
        new(KnobNames.Angle, ParameterType.Choice, KnobValue.Of("eye"), "Camera angle: at eye level, above looking down (30°), or below looking up (20°)")
        {
            Choices = ["eye", "high", "low"],
        },
        new(KnobNames.Lens, ParameterType.Number, KnobValue.Of(35), "Focal length; with the sensor width it sets the field of view: hfov = 2·atan(sensor / (2·focal))")
        {
            Min = 8, Max = 600, Unit = "mm",
        },
        new(KnobNames.Sensor, ParameterType.Text, KnobValue.Of("super35"), "Sensor: super35 (24.89 mm wide), fullframe (36), apsc (23.6), mft (17.3), largeformat (36.7), imax (70.41), or a width in mm such as 30.7"),
        new(KnobNames.CameraHeight, ParameterType.Number, KnobValue.Of(0), "Camera height above the floor; 0 places it from the shot size and angle")
        {
            Min = 0, Max = 100, Unit = "m",
        },
        new(PrevisKnobs.CameraPosition, ParameterType.Text, KnobValue.Of(""), "Camera position on the set as x,z in metres (+x stage left, +z downstage); empty places it by the framing rule"),
        new(PrevisKnobs.CameraTarget, ParameterType.Text, KnobValue.Of(""), "Point the camera aims at as x,y,z in metres; empty aims by the framing rule"),
        new(PrevisKnobs.Pan, ParameterType.Number, KnobValue.Of(0), "Pan after aiming; positive turns right")
        {
            Min = -180, Max = 180, Unit = "deg",
        },
        new(PrevisKnobs.Tilt, ParameterType.Number, KnobValue.Of(0), "Tilt after aiming; positive looks up")
        {
            Min = -89, Max = 89, Unit = "deg",
        },
        new(PrevisKnobs.Roll, ParameterType.Number, KnobValue.Of(0), "Roll (Dutch angle); positive turns the camera clockwise as its operator sees it")
        {
            Min = -90, Max = 90, Unit = "deg",
        },

        // Set, blocking and props.
        new(KnobNames.Location, ParameterType.Text, KnobValue.Of(""), "Scene location (\"INT KITCHEN\"); picks the set when 'set' is auto: INT → room, STREET/ROAD → street, FOREST/WOODS → forest, FIELD → field, BATTLE → battlefield, other EXT → field"),
        new(PrevisKnobs.Set, ParameterType.Choice, KnobValue.Of("auto"), "Set preset built from primitives; auto chooses from the location")
        {
            Choices = ["auto", .. Sets.Names],
        },
        new(KnobNames.Blocking, ParameterType.Text, KnobValue.Of(""), "Blocking: 'NAME: pos=x,z | stage=DSL pose=sit face=NAME|camera|x,z|90deg look=NAME|camera|x,y,z point=NAME; …'. Poses: stand, walk, run, sit, kneel, lie, point, reach, fight, fall. Unblocked characters stand in a row facing downstage")
        {
            Multiline = true,
        },
        new(PrevisKnobs.Props, ParameterType.Text, KnobValue.Of(""), "Props: 'KIND at=x,z [size=w,d,h] [yaw=deg] [colour=#rrggbb]; …' with KIND box, cylinder, crate, table, desk, chair, sofa, bed, car, tree, lamp or wall")
        {
            Multiline = true,
        },

        // Light and style.
        new(KnobNames.TimeOfDay, ParameterType.Text, KnobValue.Of("DAY"), "Time of day when 'light' is auto: DAWN, DAY, GOLDEN (hour), DUSK, NIGHT (SUNRISE, MORNING, SUNSET, EVENING, MAGIC also read); anything else is day"),
        new(PrevisKnobs.Light, ParameterType.Choice, KnobValue.Of("auto"), "Light preset: auto (interior practicals in a room, else by time of day), dawn, day, golden, dusk, night, interior, or flat (no key: every colour as its look says)")
        {
            Choices = ["auto", .. Lighting.PresetNames],
        },
        new(PrevisKnobs.KeyAzimuth, ParameterType.Number, KnobValue.Of(-35), "Direction the key light comes from, fixed to the set: 0 from downstage (the camera's side), positive towards stage left (+x)")
        {
            Min = -180, Max = 180, Unit = "deg",
        },
        new(PrevisKnobs.KeyElevation, ParameterType.Number, KnobValue.Of(0), "Key light's height above the horizon; 0 keeps the preset's (the sun is low at dawn, golden hour and dusk)")
        {
            Min = 0, Max = 90, Unit = "deg",
        },
        new(PrevisKnobs.KeyIntensity, ParameterType.Number, KnobValue.Of(1), "Key light intensity, times the preset's")
        {
            Min = 0, Max = 4,
        },
        new(PrevisKnobs.FillIntensity, ParameterType.Number, KnobValue.Of(1), "Fill light intensity (opposite the key, low), times the preset's")
        {
            Min = 0, Max = 4,
        },
        new(PrevisKnobs.BackIntensity, ParameterType.Number, KnobValue.Of(1), "Back light intensity (behind the subject, high), times the preset's")
        {
            Min = 0, Max = 4,
        },
        new(PrevisKnobs.Style, ParameterType.Choice, KnobValue.Of("shaded"), "Look of the beauty pass: shaded (Lambert, the looks' colours), storyboard (ink lines and toon greys on paper, clothing tops as accents), clay (one neutral material)")
        {
            Choices = ["shaded", "storyboard", "clay"],
        },

        // Frame.
        new(KnobNames.Width, ParameterType.Integer, KnobValue.Of(960), "Frame width")
        {
            Min = 160, Max = 3840, Unit = "px",
        },
        new(KnobNames.ImageHeight, ParameterType.Integer, KnobValue.Of(540), "Frame height")
        {
            Min = 90, Max = 2160, Unit = "px",
        },
        new(KnobNames.Seed, ParameterType.Integer, KnobValue.Of(0), "Seed: varies how the street, field, forest and battlefield sets are scattered; everything else is deterministic")
        {
            Min = 0, Max = int.MaxValue,
        },
    ];
}
