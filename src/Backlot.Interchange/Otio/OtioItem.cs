using System.Text.Json.Nodes;

namespace Backlot.Interchange.Otio;

/// <summary>What Clip, Gap, Stack and Track share: a source range, effects, markers and <c>enabled</c>.</summary>
public abstract class OtioItem : OtioNamedObject
{
    private List<OtioObject>? effects;
    private List<OtioObject>? markers;

    private protected OtioItem(JsonObject json)
        : base(json)
    {
    }

    public OtioTimeRange? SourceRange
    {
        get => OtioTimeRange.ReadOptional(Json, "source_range", "$");
        set => Json["source_range"] = ToJson(value);
    }

    public bool Enabled
    {
        get => OtioFields.OptionalBool(Json, "enabled", "$") ?? true;
        set => Json["enabled"] = value;
    }

    /// <summary>Effects in order: <see cref="OtioEffect"/> for Effect.1, <see cref="OtioUnknown"/> for the rest (LinearTimeWarp.1…).</summary>
    public IReadOnlyList<OtioObject> Effects => effects ??= WrapAll(Json["effects"]);

    /// <summary>Markers: <see cref="OtioMarker"/>, or <see cref="OtioUnknown"/> for a schema Backlot does not model.</summary>
    public IReadOnlyList<OtioObject> Markers => markers ??= WrapAll(Json["markers"]);

    public void AddMarker(OtioMarker marker) => Add(markers ??= WrapAll(Json["markers"]), "markers", marker);

    public void AddEffect(OtioObject effect) => Add(effects ??= WrapAll(Json["effects"]), "effects", effect);

    private protected static JsonObject NewItemJson(string schema, string name, OtioTimeRange? sourceRange)
    {
        var json = NewJson(schema, name);
        json["source_range"] = ToJson(sourceRange);
        json["effects"] = new JsonArray();
        json["markers"] = new JsonArray();
        json["enabled"] = true;
        return json;
    }

    private protected void Add(List<OtioObject> list, string key, OtioObject child)
    {
        ArgumentNullException.ThrowIfNull(child);
        var json = Detached(child);
        if (Json[key] is not JsonArray array)
        {
            array = [];
            Json[key] = array;
        }

        array.Add(json);
        list.Add(child);
    }
}
