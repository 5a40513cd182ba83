using System.Text;
using Backlot.Interchange.Edl;
using Backlot.Interchange.FcpXml;
using Backlot.Interchange.Otio;
using Backlot.Interchange.Timeline;
using Backlot.Interchange.Xmeml;

namespace Backlot.Interchange;

/// <summary>Reads any timeline file Backlot understands into the common cut, choosing the format by name and content.</summary>
public static class TimelineFiles
{
    /// <summary>Largest timeline file accepted, in bytes.</summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    public static IReadOnlyList<string> Formats { get; } = ["otio", "edl", "xmeml", "fcpxml"];

    /// <summary>The format a file is in: "otio", "edl", "xmeml" or "fcpxml"; null when it is none of them.</summary>
    public static string? Detect(string fileName, string text)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(text);
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var head = text.AsSpan(0, Math.Min(text.Length, 4096)).TrimStart();
        return extension switch
        {
            ".otio" => "otio",
            ".edl" => "edl",
            ".fcpxml" => "fcpxml",
            ".xml" when head.Contains("<xmeml", StringComparison.Ordinal) => "xmeml",
            ".xml" when head.Contains("<fcpxml", StringComparison.Ordinal) => "fcpxml",
            _ when head.StartsWith("{") && head.Contains("OTIO_SCHEMA", StringComparison.Ordinal) => "otio",
            _ when head.StartsWith("TITLE:", StringComparison.OrdinalIgnoreCase) => "edl",
            _ => null,
        };
    }

    /// <summary>Reads a timeline; a malformed file throws <see cref="InterchangeFormatException"/> naming the line or JSON path.</summary>
    public static (string Format, Cut Cut) Read(string fileName, ReadOnlySpan<byte> content, FrameRate? edlRate = null)
    {
        if (content.Length > MaxBytes)
            throw new InterchangeFormatException($"{fileName}: {content.Length:N0} bytes is over the {MaxBytes:N0}-byte limit for a timeline");
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(content).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException e)
        {
            throw new InterchangeFormatException($"{fileName}: not a text file (invalid UTF-8)", e);
        }

        var format = Detect(fileName, text)
            ?? throw new InterchangeFormatException($"{fileName}: not a timeline Backlot reads ({string.Join(", ", Formats)})");
        var cut = format switch
        {
            "otio" => OtioCut.ToCut(OtioReader.Read(text)),
            "edl" => EdlCut.ToCut(EdlReader.Read(text, edlRate ?? FrameRate.Fps24)),
            "xmeml" => XmemlReader.Read(text),
            _ => FcpXmlReader.Read(text),
        };
        return (format, cut);
    }
}
