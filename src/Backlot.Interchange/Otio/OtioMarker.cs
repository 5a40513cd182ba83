using System.Text.Json.Nodes;

namespace Backlot.Interchange.Otio;

/// <summary>
/// Marker.2 (<c>marked_range</c>, <c>color</c>, <c>comment</c>) or Marker.1 (whose range is named <c>range</c>;
/// kept as Marker.1 on write). The range is in the source time of the item that holds it.
/// </summary>
public sealed class OtioMarker : OtioNamedObject
{
    public OtioMarker(string name, OtioTimeRange markedRange, string color = "RED", string comment = "")
        : this(NewMarkerJson(name, markedRange, color, comment))
    {
    }

    internal OtioMarker(JsonObject json)
        : base(json)
    {
    }

    public OtioTimeRange MarkedRange
    {
        get => OtioTimeRange.Read(Json[RangeKey], "$." + RangeKey);
        set => Json[RangeKey] = value.ToJson();
    }

    public string Color
    {
        get => Json["color"]?.GetValue<string>() ?? "RED";
        set => Json["color"] = value;
    }

    public string Comment
    {
        get => Json["comment"]?.GetValue<string>() ?? "";
        set => Json["comment"] = value;
    }

    private string RangeKey => SchemaVersion == 1 ? "range" : "marked_range";

    private static JsonObject NewMarkerJson(string name, OtioTimeRange markedRange, string color, string comment)
    {
        var json = NewJson("Marker.2", name);
        json["color"] = color;
        json["comment"] = comment;
        json["marked_range"] = markedRange.ToJson();
        return json;
    }
}

/// <summary>Effect.1: a named effect; its parameters live in metadata (LinearTimeWarp.1 and others stay <see cref="OtioUnknown"/>).</summary>
public sealed class OtioEffect : OtioNamedObject
{
    internal OtioEffect(JsonObject json)
        : base(json)
    {
    }

    public string EffectName => Json["effect_name"]?.GetValue<string>() ?? "";
}
