using System.Text.Json;
using System.Xml.Linq;
using Backlot.Interchange.Timeline;

namespace Backlot.Interchange.Xmeml;

/// <summary>
/// Reads the first sequence of a Final Cut Pro 7 XML (xmeml) file into a <see cref="Cut"/>. Empty record time becomes
/// a gap; a clip edge of -1 means the clip meets a transition there. See <see cref="XmemlWriter"/> for metadata.
/// </summary>
public static class XmemlReader
{
    /// <summary>Metadata key for a lognote that is not Backlot's JSON.</summary>
    public const string LogNoteKey = "xmeml.lognote";

    public static Cut Read(string text)
    {
        var document = SafeXml.Load(text);
        var root = document.Root!;
        if (root.Name.LocalName != "xmeml")
            throw SafeXml.Error(root, $"expected an <xmeml> document, not <{root.Name.LocalName}>");
        var sequence = root.Descendants("sequence").FirstOrDefault() ?? throw SafeXml.Error(root, "<xmeml> has no <sequence>");
        var rate = ReadRate(SafeXml.Required(sequence, "rate"));
        var files = root.Descendants("file")
            .Where(f => f.Attribute("id") is not null && f.Element("pathurl") is not null)
            .GroupBy(f => f.Attribute("id")!.Value)
            .ToDictionary(g => g.Key, g => g.First().Element("pathurl")!.Value.Trim(), StringComparer.Ordinal);

        var tracks = new List<CutTrack>();
        var media = sequence.Element("media");
        foreach (var (kind, prefix) in new[] { (TrackKind.Video, "V"), (TrackKind.Audio, "A") })
        {
            var tracksOfKind = media?.Element(kind == TrackKind.Video ? "video" : "audio")?.Elements("track") ?? [];
            int number = 0;
            foreach (var track in tracksOfKind)
                tracks.Add(new CutTrack($"{prefix}{++number}", kind, ReadItems(track, files)));
        }

        return new Cut(sequence.Element("name")?.Value ?? "", rate, tracks);
    }

    internal static FrameRate ReadRate(XElement rate)
    {
        long timebase = SafeXml.Long(rate, "timebase");
        if (timebase is <= 0 or > 1000)
            throw SafeXml.Error(rate, $"timebase {timebase} is not a frame rate");
        bool ntsc = string.Equals(rate.Element("ntsc")?.Value.Trim(), "TRUE", StringComparison.OrdinalIgnoreCase);
        return ntsc ? new FrameRate((int)timebase * 1000, 1001) : new FrameRate((int)timebase, 1);
    }

    private static List<CutItem> ReadItems(XElement track, Dictionary<string, string> files)
    {
        var items = new List<CutItem>();
        long position = 0;
        var elements = track.Elements().Where(e => e.Name.LocalName is "clipitem" or "transitionitem").ToList();
        for (int i = 0; i < elements.Count; i++)
        {
            var element = elements[i];
            if (element.Name.LocalName == "transitionitem")
            {
                long start = SafeXml.Long(element, "start");
                long end = SafeXml.Long(element, "end");
                // The edit point: where the next clip says it starts, else where the previous one ended.
                long cut = i + 1 < elements.Count && elements[i + 1].Name.LocalName == "clipitem"
                           && SafeXml.Long(elements[i + 1], "start") is var next && next >= 0 ? next : position;
                if (end < start || start > cut || end < cut)
                    throw SafeXml.Error(element, $"transition {start}–{end} does not span its edit point at frame {cut}");
                AddGapTo(items, ref position, cut, element);
                var effect = element.Element("effect");
                string category = effect?.Element("effectcategory")?.Value.Trim() ?? "Dissolve";
                string kind = category.Equals("Dissolve", StringComparison.OrdinalIgnoreCase) ? "dissolve"
                    : category.Equals("Wipe", StringComparison.OrdinalIgnoreCase) ? "wipe"
                    : category;
                items.Add(new CutTransition(effect?.Element("name")?.Value ?? "", kind, cut - start, end - cut));
                continue;
            }

            items.Add(ReadClip(element, files, items, ref position));
        }

        return items;
    }

    private static CutClip ReadClip(XElement element, Dictionary<string, string> files, List<CutItem> items, ref long position)
    {
        long sourceIn = SafeXml.Long(element, "in");
        long sourceOut = SafeXml.Long(element, "out");
        long start = SafeXml.Long(element, "start");
        long end = SafeXml.Long(element, "end");
        if (sourceIn < 0 || sourceOut < sourceIn)
            throw SafeXml.Error(element, $"clipitem in {sourceIn} / out {sourceOut}: out must not be before in");
        if (start < 0)
            start = position;
        if (end < 0)
            end = start + (sourceOut - sourceIn);
        if (end < start)
            throw SafeXml.Error(element, $"clipitem ends at {end}, before it starts at {start}");
        if (start < position)
            throw SafeXml.Error(element, $"clipitem starts at {start}, before the previous item ends at {position}");
        AddGapTo(items, ref position, start, element);
        position = end;

        string? url = null;
        if (element.Element("file") is { } file)
        {
            string id = file.Attribute("id")?.Value ?? "";
            url = file.Element("pathurl")?.Value.Trim() ?? files.GetValueOrDefault(id)
                ?? throw SafeXml.Error(file, $"<file id=\"{id}\"> has no <pathurl> here or earlier in the file");
        }

        var markers = element.Elements("marker").Select(m =>
        {
            long at = SafeXml.Long(m, "in");
            long outAt = m.Element("out") is null ? -1 : SafeXml.Long(m, "out");
            return new CutMarker(m.Element("name")?.Value ?? "", at - sourceIn, outAt < 0 ? 0 : outAt - at, "", m.Element("comment")?.Value ?? "");
        }).ToList();

        return new CutClip(element.Element("name")?.Value ?? "", sourceIn, end - start, url)
        {
            Metadata = ReadMetadata(element.Element("logginginfo")?.Element("lognote")),
            Markers = markers,
        };
    }

    private static Dictionary<string, string> ReadMetadata(XElement? lognote)
    {
        if (lognote is null || lognote.Value.Trim().Length == 0)
            return [];
        string text = lognote.Value.Trim();
        if (text.StartsWith('{'))
        {
            try
            {
                return JsonSerializer.Deserialize<Dictionary<string, string>>(text) ?? [];
            }
            catch (JsonException)
            {
                // Someone's own note that happens to start with a brace: keep it as it is.
            }
        }

        return new Dictionary<string, string> { [LogNoteKey] = text };
    }

    private static void AddGapTo(List<CutItem> items, ref long position, long to, XElement at)
    {
        if (to < position)
            throw SafeXml.Error(at, $"starts at frame {to}, before the previous item ends at {position}");
        if (to > position)
            items.Add(new CutGap(to - position));
        position = to;
    }
}
