using System.Text.Json.Nodes;

namespace Backlot.Interchange.Otio;

/// <summary>
/// An OTIO object: typed accessors over the JSON it was read from, so that fields and schemas Backlot does
/// not model stay in <see cref="Json"/> and are written back untouched. Change structure (children, markers,
/// media references) through the typed members so that the typed view and the JSON stay one.
/// </summary>
public abstract class OtioObject
{
    private protected OtioObject(JsonObject json)
    {
        Json = json;
        (SchemaName, SchemaVersion) = OtioFields.Schema(json, "$");
    }

    /// <summary>The object's JSON as read (or built), unknown fields included: the raw escape hatch.</summary>
    public JsonObject Json { get; }

    /// <summary>"Clip" of "Clip.2".</summary>
    public string SchemaName { get; }

    /// <summary>2 of "Clip.2".</summary>
    public int SchemaVersion { get; }

    public string Schema => $"{SchemaName}.{SchemaVersion}";

    public override string ToString() => Schema;

    /// <summary>The typed object for a known schema, <see cref="OtioUnknown"/> for any other (the JSON was validated on read).</summary>
    internal static OtioObject Wrap(JsonNode? node)
    {
        var json = OtioFields.Object(node, "$");
        var (name, version) = OtioFields.Schema(json, "$");
        return (name, version) switch
        {
            ("Timeline", 1) => new OtioTimeline(json),
            ("Stack", 1) => new OtioStack(json),
            ("Track", 1) or ("Sequence", 1) => new OtioTrack(json),
            ("Clip", 1 or 2) => new OtioClip(json),
            ("Gap", 1) => new OtioGap(json),
            ("Transition", 1) => new OtioTransition(json),
            ("Marker", 1 or 2) => new OtioMarker(json),
            ("Effect", 1) => new OtioEffect(json),
            ("ExternalReference", 1) => new OtioExternalReference(json),
            ("ImageSequenceReference", 1) => new OtioImageSequenceReference(json),
            ("GeneratorReference", 1) => new OtioGeneratorReference(json),
            ("MissingReference", 1) => new OtioMissingReference(json),
            _ => new OtioUnknown(json),
        };
    }

    internal static List<OtioObject> WrapAll(JsonNode? array)
    {
        if (array is not JsonArray items)
            return [];
        var list = new List<OtioObject>(items.Count);
        foreach (var item in items)
            list.Add(Wrap(item));
        return list;
    }

    private protected static JsonObject NewJson(string schema, string name) => new()
    {
        ["OTIO_SCHEMA"] = schema,
        ["metadata"] = new JsonObject(),
        ["name"] = name,
    };

    private protected static JsonNode? ToJson(OtioTimeRange? range) => range?.ToJson();

    private protected static JsonObject Detached(OtioObject child) =>
        child.Json.Parent is null
            ? child.Json
            : throw new InvalidOperationException($"this {child.Schema} already belongs to another object");
}

/// <summary>An object with a name and metadata: every schema OTIO defines except times.</summary>
public abstract class OtioNamedObject : OtioObject
{
    private protected OtioNamedObject(JsonObject json)
        : base(json)
    {
    }

    public string Name
    {
        get => Json["name"]?.GetValue<string>() ?? "";
        set => Json["name"] = value;
    }

    /// <summary>Arbitrary JSON, kept as read; null when the object has none.</summary>
    public JsonObject? Metadata => Json["metadata"] as JsonObject;

    /// <summary>The metadata object, added when missing.</summary>
    public JsonObject EnsureMetadata()
    {
        if (Json["metadata"] is JsonObject metadata)
            return metadata;
        metadata = [];
        Json["metadata"] = metadata;
        return metadata;
    }
}

/// <summary>A schema Backlot does not model (an effect like LinearTimeWarp.1, a newer version, a vendor's type): kept as JSON.</summary>
public sealed class OtioUnknown : OtioObject
{
    internal OtioUnknown(JsonObject json)
        : base(json)
    {
    }
}
