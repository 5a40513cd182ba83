namespace Backlot.Interchange.Timeline;

/// <summary>What `backlot inspect` shows of a timeline file: its tracks, their clips and the total duration.</summary>
public sealed record TimelineSummary(string Format, string Name, string Rate, long DurationFrames, double DurationSeconds, IReadOnlyList<TrackSummary> Tracks)
{
    public static TimelineSummary From(string format, Cut cut)
    {
        ArgumentNullException.ThrowIfNull(cut);
        return new TimelineSummary(
            format, cut.Name, cut.Rate.ToString(), cut.Duration, cut.Rate.Seconds(cut.Duration),
            [.. cut.Tracks.Select(t => new TrackSummary(
                t.Name, t.Kind.ToString(), t.Duration,
                [.. t.WithRecordIn().Where(p => p.Item is CutClip).Select(p =>
                {
                    var clip = (CutClip)p.Item;
                    return new ClipSummary(clip.Name, clip.SourceIn, clip.Duration, clip.MediaUrl, p.RecordIn);
                })]))]);
    }
}

public sealed record TrackSummary(string Name, string Kind, long DurationFrames, IReadOnlyList<ClipSummary> Clips);

/// <summary>A clip: its name, source range (in, duration in frames), media reference and where it starts in the record.</summary>
public sealed record ClipSummary(string Name, long SourceIn, long Duration, string? MediaReference, long RecordIn);
