using System.Globalization;
using System.Text.Json;

namespace Backlot.Interchange.Otio;

/// <summary>
/// Checks every object Backlot models, over the parsed document, before any of it becomes a JsonNode: the
/// typed model can then stay lazy (a 2,000-clip file reads in a few milliseconds). A problem fails with the
/// JSON path of the field; paths are built only then. Unknown schemas are not looked into.
/// </summary>
internal sealed class OtioValidator
{
    private readonly List<string> path = ["$"];

    /// <summary>A Clip.1 was seen: the reader must upgrade it before the timeline can be written.</summary>
    public bool SawClip1 { get; private set; }

    public void Timeline(JsonElement root)
    {
        var (name, version) = Schema(root);
        if ((name, version) != ("Timeline", 1))
            throw Error("OTIO_SCHEMA", $"expected Timeline.1 at the root, found {name}.{version.ToString(CultureInfo.InvariantCulture)}");
        Named(root);
        OptionalTime(root, "global_start_time");
        var tracks = Required(root, "tracks", "a Stack.1");
        In("tracks");
        if (Schema(tracks) != ("Stack", 1))
            throw Error("OTIO_SCHEMA", "a timeline's tracks must be a Stack.1");
        Object(tracks);
        Out();
    }

    /// <summary>Any object in a place where OTIO objects go (children, effects, markers, media references).</summary>
    private void Object(JsonElement obj)
    {
        var (name, version) = Schema(obj);
        switch (name, version)
        {
            case ("Stack", 1):
            case ("Track", 1) or ("Sequence", 1):
                Item(obj);
                OptionalString(obj, "kind");
                Array(Required(obj, "children", "an array"), "children");
                break;
            case ("Clip", 1):
                SawClip1 = true;
                Item(obj);
                if (obj.TryGetProperty("media_reference", out var reference) && reference.ValueKind != JsonValueKind.Null)
                    Child(reference, "media_reference");
                break;
            case ("Clip", 2):
                Item(obj);
                OptionalString(obj, "active_media_reference_key");
                if (Optional(obj, "media_references", JsonValueKind.Object, "an object") is { } references)
                {
                    In("media_references");
                    foreach (var property in references.EnumerateObject())
                    {
                        if (property.Value.ValueKind != JsonValueKind.Null)
                            Child(property.Value, property.Name);
                    }

                    Out();
                }

                break;
            case ("Gap", 1):
                Item(obj);
                break;
            case ("Transition", 1):
                Named(obj);
                OptionalString(obj, "transition_type");
                Time(Required(obj, "in_offset", "a RationalTime.1"), "in_offset");
                Time(Required(obj, "out_offset", "a RationalTime.1"), "out_offset");
                break;
            case ("Marker", 1 or 2):
                Named(obj);
                var key = version == 1 ? "range" : "marked_range";
                Range(Required(obj, key, "a TimeRange.1"), key);
                OptionalString(obj, "color");
                OptionalString(obj, "comment");
                break;
            case ("Effect", 1):
                Named(obj);
                OptionalString(obj, "effect_name");
                break;
            case ("ExternalReference", 1):
                Reference(obj);
                OptionalString(obj, "target_url");
                break;
            case ("ImageSequenceReference", 1):
                Reference(obj);
                foreach (var text in (string[])["target_url_base", "name_prefix", "name_suffix", "missing_frame_policy"])
                    OptionalString(obj, text);
                foreach (var integer in (string[])["start_frame", "frame_step", "frame_zero_padding"])
                    OptionalInteger(obj, integer);
                if (Optional(obj, "rate", JsonValueKind.Number, "a number") is { } rate && rate.GetDouble() <= 0)
                    throw Error("rate", $"a rate must be > 0, not {rate.GetRawText()}");
                break;
            case ("GeneratorReference", 1):
                Reference(obj);
                OptionalString(obj, "generator_kind");
                Optional(obj, "parameters", JsonValueKind.Object, "an object");
                break;
            case ("MissingReference", 1):
                Reference(obj);
                break;
        }
    }

    private void Named(JsonElement obj)
    {
        OptionalString(obj, "name");
        Optional(obj, "metadata", JsonValueKind.Object, "an object");
    }

    private void Item(JsonElement obj)
    {
        Named(obj);
        OptionalRange(obj, "source_range");
        if (obj.TryGetProperty("enabled", out var enabled) && enabled.ValueKind is not (JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null))
            throw Wrong(enabled, "enabled", "true or false");
        if (Optional(obj, "effects", JsonValueKind.Array, "an array") is { } effects)
            Array(effects, "effects");
        if (Optional(obj, "markers", JsonValueKind.Array, "an array") is { } markers)
            Array(markers, "markers");
    }

    private void Reference(JsonElement obj)
    {
        Named(obj);
        OptionalRange(obj, "available_range");
    }

    private void Array(JsonElement array, string key)
    {
        if (array.ValueKind != JsonValueKind.Array)
            throw Wrong(array, key, "an array");
        In(key);
        var i = 0;
        foreach (var child in array.EnumerateArray())
            Child(child, $"[{(i++).ToString(CultureInfo.InvariantCulture)}]");
        Out();
    }

    private void Child(JsonElement child, string segment)
    {
        In(segment);
        if (child.ValueKind != JsonValueKind.Object)
            throw Here(Expected(child, "an object"));
        Object(child);
        Out();
    }

    private void OptionalRange(JsonElement obj, string key)
    {
        if (obj.TryGetProperty(key, out var range) && range.ValueKind != JsonValueKind.Null)
            Range(range, key);
    }

    private void OptionalTime(JsonElement obj, string key)
    {
        if (obj.TryGetProperty(key, out var time) && time.ValueKind != JsonValueKind.Null)
            Time(time, key);
    }

    private void Range(JsonElement range, string key)
    {
        In(key);
        if (range.ValueKind != JsonValueKind.Object)
            throw Here(Expected(range, "an object"));
        if (Schema(range) != ("TimeRange", 1))
            throw Error("OTIO_SCHEMA", $"expected TimeRange.1, found {range.GetProperty("OTIO_SCHEMA").GetString()}");
        Time(Required(range, "start_time", "a RationalTime.1"), "start_time");
        Time(Required(range, "duration", "a RationalTime.1"), "duration");
        Out();
    }

    private void Time(JsonElement time, string key)
    {
        In(key);
        if (time.ValueKind != JsonValueKind.Object)
            throw Here(Expected(time, "an object"));
        if (Schema(time) != ("RationalTime", 1))
            throw Error("OTIO_SCHEMA", $"expected RationalTime.1, found {time.GetProperty("OTIO_SCHEMA").GetString()}");
        var rate = Number(Required(time, "rate", "a number"), "rate");
        if (!double.IsFinite(rate) || rate <= 0)
            throw Error("rate", $"a rate must be a finite number > 0, not {rate.ToString(CultureInfo.InvariantCulture)}");
        var value = Number(Required(time, "value", "a number"), "value");
        if (!double.IsFinite(value))
            throw Error("value", $"a time must be a finite number, not {value.ToString(CultureInfo.InvariantCulture)}");
        Out();
    }

    private double Number(JsonElement number, string key)
    {
        if (number.ValueKind == JsonValueKind.Number)
            return number.GetDouble();
        if (number.ValueKind == JsonValueKind.String && number.GetString() is { } text && OtioNonFinite.IsMarked(text))
            return OtioNonFinite.ToDouble(OtioNonFinite.Unmark(text));
        throw Wrong(number, key, "a number");
    }

    private (string Name, int Version) Schema(JsonElement obj)
    {
        if (!obj.TryGetProperty("OTIO_SCHEMA", out var schema))
            throw Error("OTIO_SCHEMA", "required field is missing (expected a string)");
        if (schema.ValueKind != JsonValueKind.String)
            throw Wrong(schema, "OTIO_SCHEMA", "a string");
        var text = schema.GetString()!;
        var dot = text.LastIndexOf('.');
        if (dot <= 0 || !int.TryParse(text.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            throw Error("OTIO_SCHEMA", $"'{text}' is not a schema of the form Name.N");
        return (text[..dot], version);
    }

    private JsonElement Required(JsonElement obj, string key, string expected) =>
        obj.TryGetProperty(key, out var value)
            ? value.ValueKind == JsonValueKind.Null ? throw Wrong(value, key, expected) : value
            : throw Error(key, $"required field is missing (expected {expected})");

    private JsonElement? Optional(JsonElement obj, string key, JsonValueKind kind, string expected)
    {
        if (!obj.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null)
            return null;
        return value.ValueKind == kind ? value : throw Wrong(value, key, expected);
    }

    private void OptionalString(JsonElement obj, string key) => Optional(obj, key, JsonValueKind.String, "a string");

    private void OptionalInteger(JsonElement obj, string key)
    {
        if (Optional(obj, key, JsonValueKind.Number, "an integer") is { } number && !number.TryGetInt64(out _))
            throw Wrong(number, key, "an integer");
    }

    private void In(string segment) => path.Add(segment.StartsWith('[') ? segment : OtioFields.Member("", segment));

    private void Out() => path.RemoveAt(path.Count - 1);

    private string Where(string? key = null)
    {
        var here = string.Concat(path);
        return key is null ? here : OtioFields.Member(here, key);
    }

    private InterchangeFormatException Here(string problem) => InterchangeFormatException.AtPath(Where(), problem);

    private InterchangeFormatException Error(string key, string problem) => InterchangeFormatException.AtPath(Where(key), problem);

    private InterchangeFormatException Wrong(JsonElement value, string key, string expected) =>
        InterchangeFormatException.AtPath(Where(key), Expected(value, expected));

    private static string Expected(JsonElement value, string expected) => $"expected {expected}, found " + value.ValueKind switch
    {
        JsonValueKind.Null => "null",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String when value.GetString() is { } text && OtioNonFinite.IsMarked(text) => OtioNonFinite.Unmark(text),
        JsonValueKind.String => "a string",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        _ => "a boolean",
    };
}
