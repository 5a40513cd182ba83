using System.Text.Json.Nodes;

namespace Backlot.Interchange.Otio;

/// <summary>OTIO's RationalTime.1: a value counted at a rate (frames at 24 → value 48, rate 24 is two seconds).</summary>
public readonly record struct OtioRationalTime(double Value, double Rate)
{
    public const string SchemaName = "RationalTime.1";

    public double Seconds => Value / Rate;

    /// <summary>This time counted at another rate, not rounded.</summary>
    public double ValueAt(double rate) => Rate == rate ? Value : Value * rate / Rate;

    internal static OtioRationalTime Read(JsonNode? node, string path)
    {
        var obj = OtioFields.Object(node, path);
        var (name, version) = OtioFields.Schema(obj, path);
        if (name != "RationalTime" || version != 1)
            throw InterchangeFormatException.AtPath(OtioFields.Member(path, "OTIO_SCHEMA"), $"expected RationalTime.1, found {name}.{version}");
        var rate = OtioFields.RequiredNumber(obj, "rate", path);
        if (!double.IsFinite(rate) || rate <= 0)
            throw InterchangeFormatException.AtPath(OtioFields.Member(path, "rate"), $"a rate must be a finite number > 0, not {rate}");
        var value = OtioFields.RequiredNumber(obj, "value", path);
        if (!double.IsFinite(value))
            throw InterchangeFormatException.AtPath(OtioFields.Member(path, "value"), $"a time must be a finite number, not {value}");
        return new OtioRationalTime(value, rate);
    }

    internal static OtioRationalTime? ReadOptional(JsonObject owner, string key, string path) =>
        owner[key] is null ? null : Read(owner[key], OtioFields.Member(path, key));

    internal JsonObject ToJson() => new()
    {
        ["OTIO_SCHEMA"] = SchemaName,
        ["rate"] = Rate,
        ["value"] = Value,
    };
}

/// <summary>OTIO's TimeRange.1: a start and a duration.</summary>
public readonly record struct OtioTimeRange(OtioRationalTime StartTime, OtioRationalTime Duration)
{
    public const string SchemaName = "TimeRange.1";

    /// <summary>A range in whole frames at one rate.</summary>
    public static OtioTimeRange FromFrames(double start, double duration, double rate) =>
        new(new OtioRationalTime(start, rate), new OtioRationalTime(duration, rate));

    internal static OtioTimeRange Read(JsonNode? node, string path)
    {
        var obj = OtioFields.Object(node, path);
        var (name, version) = OtioFields.Schema(obj, path);
        if (name != "TimeRange" || version != 1)
            throw InterchangeFormatException.AtPath(OtioFields.Member(path, "OTIO_SCHEMA"), $"expected TimeRange.1, found {name}.{version}");
        var start = ReadRequired(obj, "start_time", path);
        var duration = ReadRequired(obj, "duration", path);
        return new OtioTimeRange(start, duration);
    }

    internal static OtioTimeRange? ReadOptional(JsonObject owner, string key, string path) =>
        owner[key] is null ? null : Read(owner[key], OtioFields.Member(path, key));

    internal JsonObject ToJson() => new()
    {
        ["OTIO_SCHEMA"] = SchemaName,
        ["duration"] = Duration.ToJson(),
        ["start_time"] = StartTime.ToJson(),
    };

    private static OtioRationalTime ReadRequired(JsonObject obj, string key, string path)
    {
        if (!obj.ContainsKey(key))
            throw InterchangeFormatException.AtPath(OtioFields.Member(path, key), "required field is missing (expected a RationalTime.1)");
        return OtioRationalTime.Read(obj[key], OtioFields.Member(path, key));
    }
}
