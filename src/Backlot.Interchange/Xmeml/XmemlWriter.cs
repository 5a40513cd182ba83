using System.Text.Json;
using System.Xml.Linq;
using Backlot.Interchange.Timeline;

namespace Backlot.Interchange.Xmeml;

/// <summary>
/// Writes Final Cut Pro 7 XML (xmeml version 5): one sequence, its video and audio tracks of clipitems, gaps as
/// empty record time, transitions as transitionitems. Clip metadata (the "backlot.*" keys and any other) travels as a
/// JSON object in <c>logginginfo/lognote</c>; scene, take and shot also fill FCP's own logging fields for people.
/// Not written: playback speed (FCP 7 needs a Time Remap filter for it) and marker colours (xmeml has none).
/// </summary>
public static class XmemlWriter
{
    public static string Write(Cut cut)
    {
        ArgumentNullException.ThrowIfNull(cut);
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        int clipNumber = 0;
        var video = new XElement("video");
        var audio = new XElement("audio");
        foreach (var track in cut.Tracks)
            (track.Kind == TrackKind.Video ? video : audio).Add(WriteTrack(track, cut.Rate, files, ref clipNumber));

        var sequence = new XElement("sequence", new XAttribute("id", "sequence-1"),
            new XElement("name", cut.Name),
            new XElement("duration", cut.Duration),
            Rate(cut.Rate),
            new XElement("media", video, audio));
        var document = new XDocument(new XDeclaration("1.0", "UTF-8", null), new XElement("xmeml", new XAttribute("version", "5"), sequence));
        return Xml.ToText(document);
    }

    internal static XElement Rate(FrameRate rate) =>
        new("rate", new XElement("timebase", rate.TimecodeBase), new XElement("ntsc", rate.Denominator == 1001 ? "TRUE" : "FALSE"));

    private static XElement WriteTrack(CutTrack track, FrameRate rate, Dictionary<string, string> files, ref int clipNumber)
    {
        var element = new XElement("track");
        var placed = track.WithRecordIn().ToList();
        for (int i = 0; i < placed.Count; i++)
        {
            var (item, recordIn) = placed[i];
            var previous = i > 0 ? placed[i - 1].Item : null;
            var next = i + 1 < placed.Count ? placed[i + 1].Item : null;
            switch (item)
            {
                case CutClip clip:
                    // Beside a transition between two clips, FCP 7 writes -1: the edit point is the transition's.
                    bool joinedBefore = previous is CutTransition && i > 1 && placed[i - 2].Item is CutClip;
                    bool joinedAfter = next is CutTransition && i + 2 < placed.Count && placed[i + 2].Item is CutClip;
                    element.Add(WriteClip(clip, recordIn, joinedBefore, joinedAfter, (next as CutTransition)?.OutOffset ?? 0, rate, files, ++clipNumber));
                    break;
                case CutTransition transition:
                    element.Add(new XElement("transitionitem",
                        new XElement("start", recordIn - transition.InOffset),
                        new XElement("end", recordIn + transition.OutOffset),
                        new XElement("alignment", Alignment(transition, previous, next)),
                        Rate(rate),
                        new XElement("effect",
                            new XElement("name", transition.Name.Length > 0 ? transition.Name : EffectId(transition.Kind)),
                            new XElement("effectid", EffectId(transition.Kind)),
                            new XElement("effectcategory", Category(transition.Kind)),
                            new XElement("effecttype", "transition"),
                            new XElement("mediatype", track.Kind == TrackKind.Video ? "video" : "audio"))));
                    break;
            }
        }

        return element;
    }

    private static XElement WriteClip(CutClip clip, long recordIn, bool joinedBefore, bool joinedAfter, long handle, FrameRate rate,
        Dictionary<string, string> files, int number)
    {
        var element = new XElement("clipitem", new XAttribute("id", $"clipitem-{number}"),
            new XElement("name", clip.Name),
            new XElement("duration", clip.SourceIn + clip.Duration + handle),
            Rate(rate),
            new XElement("start", joinedBefore ? -1 : recordIn),
            new XElement("end", joinedAfter ? -1 : recordIn + clip.Duration),
            new XElement("in", clip.SourceIn),
            new XElement("out", clip.SourceIn + clip.Duration));
        if (clip.MediaUrl is { } url)
        {
            if (files.TryGetValue(url, out var id))
            {
                element.Add(new XElement("file", new XAttribute("id", id)));
            }
            else
            {
                id = $"file-{files.Count + 1}";
                files[url] = id;
                element.Add(new XElement("file", new XAttribute("id", id),
                    new XElement("name", FileName(url)),
                    new XElement("pathurl", url),
                    Rate(rate),
                    new XElement("media", new XElement("video"))));
            }
        }

        if (clip.Metadata.Count > 0)
        {
            var sorted = new SortedDictionary<string, string>(clip.Metadata.ToDictionary(), StringComparer.Ordinal);
            element.Add(new XElement("logginginfo",
                new XElement("description", clip.Metadata.GetValueOrDefault(Cut.Keys.ShotCode, "")),
                new XElement("scene", clip.Metadata.GetValueOrDefault(Cut.Keys.SceneNumber, "")),
                new XElement("shottake", clip.Metadata.GetValueOrDefault(Cut.Keys.TakeNumber, "")),
                new XElement("lognote", JsonSerializer.Serialize(sorted))));
        }

        foreach (var marker in clip.Markers)
        {
            long at = clip.SourceIn + marker.Frame;
            element.Add(new XElement("marker",
                new XElement("name", marker.Name),
                new XElement("comment", marker.Comment),
                new XElement("in", at),
                new XElement("out", marker.Duration > 0 ? at + marker.Duration : -1)));
        }

        return element;
    }

    private static string Alignment(CutTransition transition, CutItem? previous, CutItem? next) =>
        previous is not CutClip ? "start-black"
        : next is not CutClip ? "end-black"
        : transition.InOffset == 0 ? "start"
        : transition.OutOffset == 0 ? "end"
        : "center";

    internal static string EffectId(string kind) => kind.ToUpperInvariant() switch
    {
        "WIPE" or "SMPTE_WIPE" => "Edge Wipe",
        _ => "Cross Dissolve",
    };

    private static string Category(string kind) => kind.ToUpperInvariant() switch
    {
        "DISSOLVE" or "SMPTE_DISSOLVE" => "Dissolve",
        "WIPE" or "SMPTE_WIPE" => "Wipe",
        _ => kind,
    };

    private static string FileName(string url)
    {
        int slash = url.LastIndexOf('/');
        return Uri.UnescapeDataString(slash >= 0 ? url[(slash + 1)..] : url);
    }
}
