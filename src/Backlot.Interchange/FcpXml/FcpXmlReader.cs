using System.Text.RegularExpressions;
using System.Xml.Linq;
using Backlot.Interchange.Timeline;
using Backlot.Interchange.Xmeml;

namespace Backlot.Interchange.FcpXml;

/// <summary>
/// Reads the first project sequence of an FCPXML (1.8 and later) document: its spine becomes one video track.
/// Clips of any kind (asset-clip, clip, ref-clip, sync-clip, title…) become <see cref="CutClip"/>s; a transition's
/// kind is "wipe" when its name says so, else "dissolve". Connected clips (other lanes) are not read.
/// </summary>
public static partial class FcpXmlReader
{
    public static Cut Read(string text)
    {
        var document = SafeXml.Load(text);
        var root = document.Root!;
        if (root.Name.LocalName != "fcpxml")
            throw SafeXml.Error(root, $"expected an <fcpxml> document, not <{root.Name.LocalName}>");
        var resources = root.Element("resources");
        var formats = resources?.Elements("format").Where(f => f.Attribute("id") is not null)
            .GroupBy(f => f.Attribute("id")!.Value).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal) ?? [];
        var assets = resources?.Elements("asset").Where(a => a.Attribute("id") is not null)
            .GroupBy(a => a.Attribute("id")!.Value).ToDictionary(g => g.Key, g => MediaUrl(g.First()), StringComparer.Ordinal) ?? [];

        var project = root.Descendants("project").FirstOrDefault() ?? throw SafeXml.Error(root, "<fcpxml> has no <project>");
        var sequence = SafeXml.Required(project, "sequence");
        string formatId = sequence.Attribute("format")?.Value ?? throw SafeXml.Error(sequence, "<sequence> has no format");
        var format = formats.GetValueOrDefault(formatId) ?? throw SafeXml.Error(sequence, $"<sequence> format \"{formatId}\" is not in <resources>");
        var rate = FcpTime.RateOf(format);
        long tcStart = FcpTime.Frames(sequence, "tcStart", rate, 0);
        var spine = SafeXml.Required(sequence, "spine");

        var items = new List<CutItem>();
        long position = 0;
        foreach (var element in spine.Elements())
        {
            string name = element.Name.LocalName;
            if (name == "transition")
            {
                long offset = FcpTime.Frames(element, "offset", rate) - tcStart;
                long duration = FcpTime.Frames(element, "duration", rate);
                long inOffset = position - offset;
                if (inOffset < 0 || inOffset > duration)
                    throw SafeXml.Error(element, $"transition at frame {offset} for {duration} frames does not span its edit point at frame {position}");
                string title = element.Attribute("name")?.Value ?? "";
                string kind = title.Contains("wipe", StringComparison.OrdinalIgnoreCase) || WipeCode().IsMatch(title) ? "wipe" : "dissolve";
                items.Add(new CutTransition(title, kind, inOffset, duration - inOffset));
            }
            else if (element.Attribute("duration") is not null)
            {
                long offset = FcpTime.Frames(element, "offset", rate, position + tcStart) - tcStart;
                long duration = FcpTime.Frames(element, "duration", rate);
                if (duration < 0)
                    throw SafeXml.Error(element, $"<{name}> has a negative duration");
                if (offset < position)
                    throw SafeXml.Error(element, $"<{name}> starts at frame {offset}, before the previous item ends at frame {position}");
                if (offset > position)
                    items.Add(new CutGap(offset - position));
                position = offset + duration;
                items.Add(name == "gap" ? new CutGap(duration) : ReadClip(element, duration, rate, assets));
            }
        }

        return new Cut(project.Attribute("name")?.Value ?? "", rate, [new CutTrack("V1", TrackKind.Video, items)]);
    }

    private static CutClip ReadClip(XElement element, long duration, FrameRate rate, Dictionary<string, string?> assets)
    {
        long start = FcpTime.Frames(element, "start", rate, 0);
        string? url = null;
        if (element.Attribute("ref")?.Value is { } reference && element.Name.LocalName is "asset-clip" or "video" or "audio")
        {
            if (!assets.TryGetValue(reference, out url))
                throw SafeXml.Error(element, $"<{element.Name.LocalName}> ref \"{SafeXml.Shorten(reference)}\" is not an asset in <resources>");
        }

        var metadata = new Dictionary<string, string>();
        string? reel = null;
        foreach (var md in element.Element("metadata")?.Elements("md") ?? [])
        {
            string key = md.Attribute("key")?.Value ?? throw SafeXml.Error(md, "<md> has no key");
            string value = md.Attribute("value")?.Value ?? "";
            if (key == FcpXmlMetadata.ReelKey)
                reel = value;
            else
                metadata[FcpXmlMetadata.FromMdKey(key)] = value;
        }

        var markers = element.Elements().Where(m => m.Name.LocalName is "marker" or "chapter-marker").Select(m => new CutMarker(
            m.Attribute("value")?.Value ?? "",
            FcpTime.Frames(m, "start", rate) - start,
            FcpTime.Frames(m, "duration", rate, 0),
            "",
            m.Attribute("note")?.Value ?? "")).ToList();

        return new CutClip(element.Attribute("name")?.Value ?? "", start, duration, url)
        {
            Reel = reel,
            Metadata = metadata,
            Markers = markers,
        };
    }

    // 1.9+ keeps the file in <media-rep>; earlier versions in the asset's src.
    private static string? MediaUrl(XElement asset)
    {
        var reps = asset.Elements("media-rep").ToList();
        var rep = reps.FirstOrDefault(r => r.Attribute("kind")?.Value == "original-media") ?? reps.FirstOrDefault();
        string? src = rep?.Attribute("src")?.Value ?? asset.Attribute("src")?.Value;
        return string.IsNullOrEmpty(src) ? null : src;
    }

    [GeneratedRegex(@"^W\d{3}$")]
    private static partial Regex WipeCode();
}
