using System.Globalization;
using Backlot.Domain.Sheets;
using Backlot.Engines.Previs.Rendering;
using Backlot.Engines.Previs.Scene;

namespace Backlot.Engines.Previs;

/// <summary>The knobs the previs renderer reads, after validation, with the engine's defaults filled in and text knobs parsed.</summary>
internal sealed record PrevisSettings
{
    public required string Size { get; init; }

    public required string Framing { get; init; }

    public required string Subject { get; init; }

    public required string Over { get; init; }

    public required string Angle { get; init; }

    public required double LensMm { get; init; }

    public required string SensorName { get; init; }

    public required double SensorWidthMm { get; init; }

    public required double CameraHeight { get; init; }

    public required (double X, double Z)? CameraPosition { get; init; }

    public required Vec3? CameraTarget { get; init; }

    public required double Pan { get; init; }

    public required double Tilt { get; init; }

    public required double Roll { get; init; }

    public required string Location { get; init; }

    public required string Set { get; init; }

    public required IReadOnlyList<BlockingEntry> Blocking { get; init; }

    public required string Props { get; init; }

    public required string TimeOfDay { get; init; }

    public required string Light { get; init; }

    public required double KeyAzimuth { get; init; }

    public required double KeyElevation { get; init; }

    public required double KeyIntensity { get; init; }

    public required double FillIntensity { get; init; }

    public required double BackIntensity { get; init; }

    public required string Style { get; init; }

    public required int Width { get; init; }

    public required int Height { get; init; }

    public required long Seed { get; init; }

    /// <summary>Named sensors by gate width in millimetres.</summary>
    public static IReadOnlyDictionary<string, double> Sensors { get; } = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["super35"] = 24.89, ["s35"] = 24.89, ["fullframe"] = 36, ["ff"] = 36, ["full-frame"] = 36, ["apsc"] = 23.6, ["aps-c"] = 23.6,
        ["mft"] = 17.3, ["largeformat"] = 36.7, ["imax"] = 70.41,
    };

    public static PrevisSettings From(ResolvedControlSheet sheet, EngineDescriptor descriptor)
    {
        string Text(string name) => sheet.Text(name, descriptor.Parameter(name)!.Default.Text!).Trim();
        double Number(string name) => sheet.Number(name, descriptor.Parameter(name)!.Default.Number);

        var sensor = Text(KnobNames.Sensor);
        double sensorWidth;
        if (Sensors.TryGetValue(sensor, out var named))
            sensorWidth = named;
        else if (double.TryParse(sensor.EndsWith("mm", StringComparison.OrdinalIgnoreCase) ? sensor[..^2] : sensor, NumberStyles.Float, CultureInfo.InvariantCulture, out var mm) && mm is >= 2 and <= 100)
            sensorWidth = mm;
        else
            throw new EngineException($"knob '{KnobNames.Sensor}' takes super35, fullframe, apsc, mft, largeformat, imax or a width between 2 and 100 mm, not '{sensor}'");

        var location = Text(KnobNames.Location);
        var set = Text(PrevisKnobs.Set);
        if (set == "auto")
            set = Sets.ForLocation(location);
        var light = Text(PrevisKnobs.Light);
        if (light == "auto")
            light = set == "room" ? "interior" : Lighting.PresetFor(Text(KnobNames.TimeOfDay));

        var target = Point(Text(PrevisKnobs.CameraTarget), PrevisKnobs.CameraTarget, 3);
        var position = Point(Text(PrevisKnobs.CameraPosition), PrevisKnobs.CameraPosition, 2);
        return new PrevisSettings
        {
            Size = Text(KnobNames.Size),
            Framing = Text(KnobNames.Framing),
            Subject = Text(KnobNames.Subject),
            Over = Text(PrevisKnobs.Over),
            Angle = Text(KnobNames.Angle),
            LensMm = Number(KnobNames.Lens),
            SensorName = Sensors.ContainsKey(sensor) ? sensor.ToLowerInvariant() : sensorWidth.ToString("0.##", CultureInfo.InvariantCulture) + "mm",
            SensorWidthMm = sensorWidth,
            CameraHeight = Number(KnobNames.CameraHeight),
            CameraPosition = position is { } p ? (p[0], p[1]) : null,
            CameraTarget = target is { } t ? new Vec3(t[0], t[1], t[2]) : null,
            Pan = Number(PrevisKnobs.Pan),
            Tilt = Number(PrevisKnobs.Tilt),
            Roll = Number(PrevisKnobs.Roll),
            Location = location,
            Set = set,
            Blocking = BlockingScript.Parse(Text(KnobNames.Blocking)),
            Props = Text(PrevisKnobs.Props),
            TimeOfDay = Text(KnobNames.TimeOfDay),
            Light = light,
            KeyAzimuth = Number(PrevisKnobs.KeyAzimuth),
            KeyElevation = Number(PrevisKnobs.KeyElevation),
            KeyIntensity = Number(PrevisKnobs.KeyIntensity),
            FillIntensity = Number(PrevisKnobs.FillIntensity),
            BackIntensity = Number(PrevisKnobs.BackIntensity),
            Style = Text(PrevisKnobs.Style),
            Width = (int)Number(KnobNames.Width),
            Height = (int)Number(KnobNames.ImageHeight),
            Seed = (long)Number(KnobNames.Seed),
        };
    }

    private static double[]? Point(string text, string knob, int count)
    {
        if (text.Length == 0)
            return null;
        var parts = text.Split(',');
        var values = new double[parts.Length];
        var ok = parts.Length == count;
        for (var i = 0; ok && i < parts.Length; i++)
            ok = double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) && double.IsFinite(values[i]) && Math.Abs(values[i]) <= 10000;
        return ok ? values : throw new EngineException($"knob '{knob}' takes {(count == 2 ? "x,z" : "x,y,z")} in metres, not '{text}'");
    }
}
