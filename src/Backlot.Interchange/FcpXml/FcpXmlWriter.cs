using System.Xml.Linq;
using Backlot.Interchange.Timeline;
using Backlot.Interchange.Xmeml;

namespace Backlot.Interchange.FcpXml;

/// <summary>
/// Writes FCPXML 1.10: a format and one asset per media file (with a <c>media-rep</c>, as 1.9+ wants) under
/// resources, and the cut's first video track as the spine of a project's sequence in an event. A clip with no media
/// gets an asset whose media-rep src is empty, so FCP shows it offline. Not written: other tracks, playback speed and
/// marker colours. Metadata: see <see cref="FcpXmlMetadata"/>.
/// </summary>
public static class FcpXmlWriter
{
    public const string Version = "1.10";

    public static string Write(Cut cut)
    {
        ArgumentNullException.ThrowIfNull(cut);
        var rate = cut.Rate;
        var track = cut.Tracks.FirstOrDefault(t => t.Kind == TrackKind.Video) ?? new CutTrack("V1", TrackKind.Video, []);
        var placed = track.WithRecordIn().ToList();
        var format = new XElement("format", new XAttribute("id", "r1"));
        if (FormatName(rate) is { } formatName)
            format.Add(new XAttribute("name", formatName));
        format.Add(new XAttribute("frameDuration", FcpTime.FrameDuration(rate)), new XAttribute("width", 1920), new XAttribute("height", 1080));

        var resources = new XElement("resources", format);
        var assets = new Dictionary<string, XElement>(StringComparer.Ordinal);
        var assetLength = new Dictionary<XElement, long>();
        var spine = new XElement("spine");
        for (int i = 0; i < placed.Count; i++)
        {
            var (item, recordIn) = placed[i];
            switch (item)
            {
                case CutClip clip:
                    long handle = i + 1 < placed.Count && placed[i + 1].Item is CutTransition next ? next.OutOffset : 0;
                    var asset = AssetFor(clip, resources, assets);
                    assetLength[asset] = Math.Max(assetLength.GetValueOrDefault(asset), clip.SourceIn + clip.Duration + handle);
                    spine.Add(WriteClip(clip, recordIn, asset.Attribute("id")!.Value, rate));
                    break;
                case CutGap gap:
                    spine.Add(new XElement("gap", new XAttribute("name", "Gap"), new XAttribute("offset", FcpTime.Format(recordIn, rate)),
                        new XAttribute("start", "0s"), new XAttribute("duration", FcpTime.Format(gap.Duration, rate))));
                    break;
                case CutTransition transition:
                    spine.Add(new XElement("transition",
                        new XAttribute("name", transition.Name.Length > 0 ? transition.Name : XmemlWriter.EffectId(transition.Kind)),
                        new XAttribute("offset", FcpTime.Format(recordIn - transition.InOffset, rate)),
                        new XAttribute("duration", FcpTime.Format(transition.InOffset + transition.OutOffset, rate))));
                    break;
            }
        }

        foreach (var (asset, length) in assetLength)
            asset.Attribute("duration")!.Value = FcpTime.Format(length, rate);

        var sequence = new XElement("sequence", new XAttribute("format", "r1"), new XAttribute("duration", FcpTime.Format(track.Duration, rate)),
            new XAttribute("tcStart", "0s"), new XAttribute("tcFormat", "NDF"), new XAttribute("audioLayout", "stereo"),
            new XAttribute("audioRate", "48k"), spine);
        var fcpxml = new XElement("fcpxml", new XAttribute("version", Version), resources,
            new XElement("library", new XElement("event", new XAttribute("name", "Backlot"),
                new XElement("project", new XAttribute("name", cut.Name), sequence))));
        return Xml.ToText(new XDocument(new XDeclaration("1.0", "UTF-8", null), fcpxml));
    }

    private static XElement AssetFor(CutClip clip, XElement resources, Dictionary<string, XElement> assets)
    {
        string key = clip.MediaUrl ?? "\0" + assets.Count;
        if (assets.TryGetValue(key, out var existing))
            return existing;
        var asset = new XElement("asset", new XAttribute("id", $"r{assets.Count + 2}"), new XAttribute("name", AssetName(clip)),
            new XAttribute("start", "0s"), new XAttribute("duration", "0s"), new XAttribute("hasVideo", "1"), new XAttribute("format", "r1"),
            new XAttribute("videoSources", "1"),
            new XElement("media-rep", new XAttribute("kind", "original-media"), new XAttribute("src", clip.MediaUrl ?? "")));
        assets[key] = asset;
        resources.Add(asset);
        return asset;
    }

    private static XElement WriteClip(CutClip clip, long recordIn, string assetId, FrameRate rate)
    {
        var element = new XElement("asset-clip", new XAttribute("ref", assetId), new XAttribute("offset", FcpTime.Format(recordIn, rate)),
            new XAttribute("name", clip.Name), new XAttribute("start", FcpTime.Format(clip.SourceIn, rate)),
            new XAttribute("duration", FcpTime.Format(clip.Duration, rate)), new XAttribute("tcFormat", "NDF"));
        foreach (var marker in clip.Markers)
        {
            var m = new XElement("marker", new XAttribute("start", FcpTime.Format(clip.SourceIn + marker.Frame, rate)),
                new XAttribute("duration", FcpTime.Format(marker.Duration, rate)), new XAttribute("value", marker.Name));
            if (marker.Comment.Length > 0)
                m.Add(new XAttribute("note", marker.Comment));
            element.Add(m);
        }

        var metadata = new XElement("metadata");
        if (clip.Reel is { Length: > 0 } reel)
            metadata.Add(Md(FcpXmlMetadata.ReelKey, reel));
        foreach (var (key, value) in clip.Metadata.OrderBy(p => p.Key, StringComparer.Ordinal))
            metadata.Add(Md(FcpXmlMetadata.ToMdKey(key), value));
        if (metadata.HasElements)
            element.Add(metadata);
        return element;
    }

    private static XElement Md(string key, string value) => new("md", new XAttribute("key", key), new XAttribute("value", value));

    private static string AssetName(CutClip clip)
    {
        if (clip.MediaUrl is not { } url)
            return clip.Name;
        int slash = url.LastIndexOf('/');
        return Uri.UnescapeDataString(slash >= 0 ? url[(slash + 1)..] : url);
    }

    private static string? FormatName(FrameRate rate) => (rate.Numerator, rate.Denominator) switch
    {
        (24, 1) => "FFVideoFormat1080p24",
        (24000, 1001) => "FFVideoFormat1080p2398",
        (25, 1) => "FFVideoFormat1080p25",
        (30000, 1001) => "FFVideoFormat1080p2997",
        (30, 1) => "FFVideoFormat1080p30",
        _ => null,
    };
}
