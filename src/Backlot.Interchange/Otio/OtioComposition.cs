using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;

namespace Backlot.Interchange.Otio;

/// <summary>A Stack or a Track: an item whose children are items, transitions or unknown schemas.</summary>
public abstract class OtioComposition : OtioItem
{
    private List<OtioObject>? children;

    private protected OtioComposition(JsonObject json)
        : base(json)
    {
    }

    /// <summary>In order: <see cref="OtioClip"/>, <see cref="OtioGap"/>, <see cref="OtioTransition"/>, nested compositions, <see cref="OtioUnknown"/>.</summary>
    public IReadOnlyList<OtioObject> Children => children ??= WrapAll(Json["children"]);

    public void Append(OtioObject child) => Add(children ??= WrapAll(Json["children"]), "children", child);

    private protected static JsonObject NewCompositionJson(string schema, string name)
    {
        var json = NewItemJson(schema, name, null);
        json["children"] = new JsonArray();
        return json;
    }
}

/// <summary>Stack.1: children layered on top of one another (a timeline's tracks).</summary>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "OTIO names this schema Stack.")]
public sealed class OtioStack : OtioComposition
{
    public OtioStack(string name = "tracks")
        : this(NewCompositionJson("Stack.1", name))
    {
    }

    internal OtioStack(JsonObject json)
        : base(json)
    {
    }
}

/// <summary>Track.1 (and its old name Sequence.1, kept as written): children one after another.</summary>
public sealed class OtioTrack : OtioComposition
{
    public const string VideoKind = "Video";
    public const string AudioKind = "Audio";

    public OtioTrack(string name, string kind = VideoKind)
        : this(NewTrackJson(name, kind))
    {
    }

    internal OtioTrack(JsonObject json)
        : base(json)
    {
    }

    /// <summary>"Video" or "Audio" (OTIO allows other words); Video when absent.</summary>
    public string Kind
    {
        get => Json["kind"]?.GetValue<string>() ?? VideoKind;
        set => Json["kind"] = value;
    }

    private static JsonObject NewTrackJson(string name, string kind)
    {
        var json = NewCompositionJson("Track.1", name);
        json["kind"] = kind;
        return json;
    }
}
