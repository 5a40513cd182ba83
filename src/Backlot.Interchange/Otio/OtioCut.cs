using System.Text.Json;
using System.Text.Json.Nodes;
using Backlot.Interchange.Timeline;

namespace Backlot.Interchange.Otio;

/// <summary>
/// Between OTIO and the common <see cref="Cut"/>: one CutTrack per Track, frames at one rate (the first clip's),
/// media URLs from the active reference, Backlot's ids under clip metadata <c>{"backlot": {...}}</c>.
/// </summary>
public static class OtioCut
{
    private const string BacklotPrefix = "backlot.";
    private const string BacklotMetadataKey = "backlot";

    /// <summary>
    /// The cut this timeline plays. Markers on tracks and gaps, nested stacks' insides, effects other than
    /// LinearTimeWarp (speed) and children of unknown schemas have no place in a Cut and are left out.
    /// </summary>
    /// <exception cref="InterchangeFormatException">A clip's duration cannot be known (no source range, no available range).</exception>
    public static Cut ToCut(OtioTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var tracks = new List<(OtioTrack Track, int Index)>();
        for (var i = 0; i < timeline.Tracks.Children.Count; i++)
        {
            if (timeline.Tracks.Children[i] is OtioTrack track)
                tracks.Add((track, i));
        }

        var rate = FirstClipRate(tracks.Select(t => t.Track)) ?? 24;
        var cutTracks = tracks
            .Select(t => ToTrack(t.Track, rate, OtioFields.Index("$.tracks.children", t.Index)))
            .ToList();
        return new Cut(timeline.Name, FrameRate.FromDouble(rate), cutTracks);
    }

    /// <summary>An OTIO timeline of the cut: Clip.2 with ExternalReference (MissingReference without a URL), Gap.1, Transition.1, Marker.2.</summary>
    public static OtioTimeline FromCut(Cut cut)
    {
        ArgumentNullException.ThrowIfNull(cut);
        var rate = cut.Rate.Value;
        var timeline = new OtioTimeline(cut.Name);
        foreach (var cutTrack in cut.Tracks)
        {
            var track = new OtioTrack(cutTrack.Name, cutTrack.Kind == TrackKind.Audio ? OtioTrack.AudioKind : OtioTrack.VideoKind);
            foreach (var item in cutTrack.Items)
                track.Append(FromItem(item, rate));
            timeline.Tracks.Append(track);
        }

        return timeline;
    }

    private static OtioObject FromItem(CutItem item, double rate) => item switch
    {
        CutClip clip => FromClip(clip, rate),
        CutGap gap => new OtioGap(OtioTimeRange.FromFrames(0, gap.Duration, rate)),
        CutTransition transition => new OtioTransition(transition.Name, transition.Kind,
            new OtioRationalTime(transition.InOffset, rate), new OtioRationalTime(transition.OutOffset, rate)),
        _ => throw new ArgumentException($"a cut item of type {item.GetType().Name} has no OTIO form", nameof(item)),
    };

    private static OtioClip FromClip(CutClip clip, double rate)
    {
        OtioMediaReference reference = clip.MediaUrl is null ? new OtioMissingReference() : new OtioExternalReference(clip.MediaUrl);
        var otio = new OtioClip(clip.Name, OtioTimeRange.FromFrames(clip.SourceIn, clip.Duration, rate), reference);
        var metadata = otio.EnsureMetadata();
        foreach (var (key, value) in clip.Metadata)
        {
            if (key.StartsWith(BacklotPrefix, StringComparison.Ordinal))
            {
                if (metadata[BacklotMetadataKey] is not JsonObject backlot)
                    metadata[BacklotMetadataKey] = backlot = [];
                backlot[key[BacklotPrefix.Length..]] = value;
            }
            else
            {
                metadata[key] = value;
            }
        }

        if (clip.Reel is not null)
            metadata["cmx_3600"] = new JsonObject { ["reel"] = clip.Reel };
        if (clip.Speed != 1)
            otio.AddEffect(OtioObject.Wrap(new JsonObject
            {
                ["OTIO_SCHEMA"] = "LinearTimeWarp.1",
                ["metadata"] = new JsonObject(),
                ["name"] = "",
                ["effect_name"] = "LinearTimeWarp",
                ["time_scalar"] = clip.Speed,
            }));
        foreach (var marker in clip.Markers)
            otio.AddMarker(new OtioMarker(marker.Name,
                OtioTimeRange.FromFrames(clip.SourceIn + marker.Frame, marker.Duration, rate), marker.Color, marker.Comment));
        return otio;
    }

    private static double? FirstClipRate(IEnumerable<OtioTrack> tracks)
    {
        foreach (var track in tracks)
        {
            foreach (var child in track.Children)
            {
                if (child is OtioClip clip && RangeOf(clip) is { } range)
                    return range.Duration.Rate;
            }
        }

        return null;
    }

    private static CutTrack ToTrack(OtioTrack track, double rate, string path)
    {
        var items = new List<CutItem>(track.Children.Count);
        for (var i = 0; i < track.Children.Count; i++)
        {
            var childPath = OtioFields.Index(OtioFields.Member(path, "children"), i);
            switch (track.Children[i])
            {
                case OtioClip clip:
                    items.Add(ToClip(clip, rate, childPath));
                    break;
                case OtioGap gap:
                    items.Add(new CutGap(gap.SourceRange is { } range ? Frames(range.Duration, rate) : 0));
                    break;
                case OtioTransition transition:
                    items.Add(new CutTransition(transition.Name, transition.TransitionType,
                        Frames(transition.InOffset, rate), Frames(transition.OutOffset, rate)));
                    break;
                case OtioComposition nested:
                    var nestedRange = nested.SourceRange;
                    items.Add(new CutClip(nested.Name, nestedRange is { } r ? Frames(r.StartTime, rate) : 0,
                        nestedRange is { } d ? Frames(d.Duration, rate) : NestedDuration(nested, rate), null));
                    break;
            }
        }

        return new CutTrack(track.Name, string.Equals(track.Kind, OtioTrack.AudioKind, StringComparison.OrdinalIgnoreCase)
            ? TrackKind.Audio : TrackKind.Video, items);
    }

    private static CutClip ToClip(OtioClip clip, double rate, string path)
    {
        var range = RangeOf(clip)
            ?? throw InterchangeFormatException.AtPath(path, "a clip without source_range needs media with an available_range");
        var sourceIn = Frames(range.StartTime, rate);
        var markers = clip.Markers.OfType<OtioMarker>()
            .Select(m => new CutMarker(m.Name, Frames(m.MarkedRange.StartTime, rate) - sourceIn, Frames(m.MarkedRange.Duration, rate), m.Color, m.Comment))
            .ToList();
        return new CutClip(clip.Name, sourceIn, Frames(range.Duration, rate), MediaUrl(clip.ActiveMediaReference))
        {
            Reel = (clip.Metadata?["cmx_3600"] as JsonObject)?["reel"] is JsonValue reel && reel.GetValueKind() == JsonValueKind.String
                ? reel.GetValue<string>() : null,
            Speed = Speed(clip),
            Metadata = BacklotMetadata(clip.Metadata),
            Markers = markers,
        };
    }

    private static OtioTimeRange? RangeOf(OtioClip clip) =>
        clip.SourceRange ?? (clip.ActiveMediaReference as OtioMediaReference)?.AvailableRange;

    private static string? MediaUrl(OtioObject? reference) => reference switch
    {
        OtioExternalReference external => external.TargetUrl,
        OtioImageSequenceReference sequence => sequence.UrlPattern,
        _ => null,
    };

    private static double Speed(OtioClip clip)
    {
        foreach (var effect in clip.Effects)
        {
            if (effect.SchemaName == "LinearTimeWarp" && effect.Json["time_scalar"] is JsonValue scalar
                && scalar.GetValueKind() == JsonValueKind.Number)
                return scalar.GetValue<double>();
        }

        return 1;
    }

    private static Dictionary<string, string> BacklotMetadata(JsonObject? metadata)
    {
        var flat = new Dictionary<string, string>(StringComparer.Ordinal);
        if (metadata?[BacklotMetadataKey] is JsonObject backlot)
            Flatten(backlot, BacklotMetadataKey, flat);
        return flat;
    }

    private static void Flatten(JsonObject obj, string prefix, Dictionary<string, string> into)
    {
        foreach (var (key, value) in obj)
        {
            var name = $"{prefix}.{key}";
            switch (value)
            {
                case JsonObject child:
                    Flatten(child, name, into);
                    break;
                case JsonValue text when text.GetValueKind() == JsonValueKind.String:
                    into[name] = text.GetValue<string>();
                    break;
                case null:
                    break;
                default:
                    into[name] = value.ToJsonString();
                    break;
            }
        }
    }

    private static long NestedDuration(OtioComposition composition, double rate)
    {
        var durations = composition.Children.OfType<OtioItem>().Select(item => item switch
        {
            _ when item.SourceRange is { } range => Frames(range.Duration, rate),
            OtioClip clip => RangeOf(clip) is { } range ? Frames(range.Duration, rate) : 0,
            OtioComposition nested => NestedDuration(nested, rate),
            _ => 0,
        });
        return composition is OtioStack ? durations.DefaultIfEmpty(0).Max() : durations.Sum();
    }

    private static long Frames(OtioRationalTime time, double rate) =>
        (long)Math.Round(time.ValueAt(rate), MidpointRounding.AwayFromZero);
}
