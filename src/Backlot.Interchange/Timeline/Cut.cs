namespace Backlot.Interchange.Timeline;

/// <summary>
/// A cut as every timeline format can say it: tracks of clips, gaps and transitions in record order, with
/// durations in frames at one rate. Format readers produce it, writers take it, `backlot inspect` shows it.
/// Each format keeps its own full model too (OTIO keeps unknown schemas); this is the common ground.
/// </summary>
public sealed record Cut(string Name, FrameRate Rate, IReadOnlyList<CutTrack> Tracks)
{
    /// <summary>The longest track's length in frames.</summary>
    public long Duration => Tracks.Count == 0 ? 0 : Tracks.Max(t => t.Duration);

    /// <summary>Metadata keys Backlot writes on the clips of an animatic.</summary>
    public static class Keys
    {
        public const string ProductionId = "backlot.productionId";
        public const string SceneNumber = "backlot.scene";
        public const string ShotId = "backlot.shotId";
        public const string ShotCode = "backlot.shot";
        public const string TakeId = "backlot.takeId";
        public const string TakeNumber = "backlot.take";
    }
}

public enum TrackKind
{
    Video,
    Audio,
}

public sealed record CutTrack(string Name, TrackKind Kind, IReadOnlyList<CutItem> Items)
{
    /// <summary>Frames the track lasts: clips and gaps; transitions overlap their neighbours and add nothing.</summary>
    public long Duration => Items.Sum(i => i.Duration);

    /// <summary>Each item with the record frame it starts at on this track.</summary>
    public IEnumerable<(CutItem Item, long RecordIn)> WithRecordIn()
    {
        long at = 0;
        foreach (var item in Items)
        {
            yield return (item, at);
            at += item.Duration;
        }
    }
}

/// <summary>Something on a track. <see cref="Duration"/> is in frames at the cut's rate.</summary>
public abstract record CutItem(string Name, long Duration);

/// <summary>A piece of media: which frames of it (source in, duration) and where it lives.</summary>
public sealed record CutClip(string Name, long SourceIn, long Duration, string? MediaUrl) : CutItem(Name, Duration)
{
    /// <summary>Reel or tape name, as EDLs need it.</summary>
    public string? Reel { get; init; }

    /// <summary>Playback speed: 1 normal, 0.5 slow motion, negative reverse.</summary>
    public double Speed { get; init; } = 1;

    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<CutMarker> Markers { get; init; } = [];
}

/// <summary>Empty time on a track.</summary>
public sealed record CutGap(long Duration) : CutItem("", Duration);

/// <summary>A dissolve or wipe between the items on either side; it takes no time of its own.</summary>
public sealed record CutTransition(string Name, string Kind, long InOffset, long OutOffset) : CutItem(Name, 0);

/// <summary>A note at a frame of a clip (relative to the clip's source in).</summary>
public sealed record CutMarker(string Name, long Frame, long Duration, string Color, string Comment);
