using System.Text.Json.Nodes;

namespace Backlot.Interchange.Otio;

/// <summary>Timeline.1: the root of an .otio file; its tracks are one Stack.</summary>
public sealed class OtioTimeline : OtioNamedObject
{
    public OtioTimeline(string name)
        : this(NewTimelineJson(name))
    {
    }

    internal OtioTimeline(JsonObject json)
        : base(json)
    {
        Tracks = Wrap(json["tracks"]) as OtioStack
            ?? throw InterchangeFormatException.AtPath("$.tracks.OTIO_SCHEMA", "a timeline's tracks must be a Stack.1");
    }

    public OtioStack Tracks { get; }

    /// <summary>The file had bare NaN/Inf tokens, carried as marked strings the writer must turn back.</summary>
    internal bool HasNonFiniteNumbers { get; init; }

    public OtioRationalTime? GlobalStartTime
    {
        get => OtioRationalTime.ReadOptional(Json, "global_start_time", "$");
        set => Json["global_start_time"] = value?.ToJson();
    }

    /// <summary>The stack's children that are tracks (Track.1, or Sequence.1 in old files), in order.</summary>
    public IEnumerable<OtioTrack> VideoAndAudioTracks => Tracks.Children.OfType<OtioTrack>();

    private static JsonObject NewTimelineJson(string name)
    {
        var json = NewJson("Timeline.1", name);
        json["global_start_time"] = null;
        json["tracks"] = new OtioStack().Json;
        return json;
    }
}
