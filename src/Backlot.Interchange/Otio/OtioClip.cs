using System.Text.Json.Nodes;

namespace Backlot.Interchange.Otio;

/// <summary>
/// Clip.2: a piece of media by one of several references, the active one named by key. A Clip.1 read from a
/// file is upgraded in place as OTIO does: <c>media_reference</c> becomes <c>media_references.DEFAULT_MEDIA</c>
/// (a MissingReference when it was null) and the active key DEFAULT_MEDIA.
/// </summary>
public sealed class OtioClip : OtioItem
{
    public const string DefaultMediaKey = "DEFAULT_MEDIA";

    private Dictionary<string, OtioObject>? references;

    public OtioClip(string name, OtioTimeRange? sourceRange, OtioObject? mediaReference = null)
        : this(NewClipJson(name, sourceRange))
    {
        SetMediaReference(DefaultMediaKey, mediaReference ?? new OtioMissingReference());
    }

    internal OtioClip(JsonObject json)
        : base(UpgradeToVersion2(json))
    {
    }

    public string ActiveMediaReferenceKey
    {
        get => Json["active_media_reference_key"]?.GetValue<string>() ?? DefaultMediaKey;
        set => Json["active_media_reference_key"] = value;
    }

    /// <summary>By key: <see cref="OtioMediaReference"/> subclasses, or <see cref="OtioUnknown"/>.</summary>
    public IReadOnlyDictionary<string, OtioObject> MediaReferences => References;

    public OtioObject? ActiveMediaReference => References.GetValueOrDefault(ActiveMediaReferenceKey);

    public void SetMediaReference(string key, OtioObject reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var json = Detached(reference);
        if (Json["media_references"] is not JsonObject map)
        {
            map = [];
            Json["media_references"] = map;
        }

        map[key] = json;
        References[key] = reference;
    }

    private Dictionary<string, OtioObject> References
    {
        get
        {
            if (references is not null)
                return references;
            references = new Dictionary<string, OtioObject>(StringComparer.Ordinal);
            if (Json["media_references"] is JsonObject map)
            {
                foreach (var (key, node) in map)
                {
                    // OTIO allows a null reference under a key; keep it in the JSON, leave it out of the typed map.
                    if (node is not null)
                        references[key] = Wrap(node);
                }
            }

            return references;
        }
    }

    /// <summary>The Clip.1 → Clip.2 upgrade, on the JSON itself so that writing gives Clip.2.</summary>
    internal static JsonObject UpgradeToVersion2(JsonObject json)
    {
        if (OtioFields.Schema(json, "$") != ("Clip", 1))
            return json;
        var reference = json["media_reference"];
        json.Remove("media_reference");
        json["OTIO_SCHEMA"] = "Clip.2";
        json["media_references"] = new JsonObject { [DefaultMediaKey] = reference ?? new OtioMissingReference().Json };
        json["active_media_reference_key"] = DefaultMediaKey;
        return json;
    }

    private static JsonObject NewClipJson(string name, OtioTimeRange? sourceRange)
    {
        var json = NewItemJson("Clip.2", name, sourceRange);
        json["media_references"] = new JsonObject();
        json["active_media_reference_key"] = DefaultMediaKey;
        return json;
    }
}

/// <summary>Gap.1: empty time on a track.</summary>
public sealed class OtioGap : OtioItem
{
    public OtioGap(OtioTimeRange sourceRange, string name = "")
        : this(NewItemJson("Gap.1", name, sourceRange))
    {
    }

    internal OtioGap(JsonObject json)
        : base(json)
    {
    }
}
