using System.Text.Json;
using System.Text.Json.Nodes;

namespace Backlot.Interchange.Otio;

/// <summary>Reads an OpenTimelineIO (.otio) JSON document into <see cref="OtioTimeline"/>.</summary>
public static class OtioReader
{
    /// <summary>Deep enough for nested stacks and vendors' metadata; shallow enough to refuse a hostile file.</summary>
    public const int MaxDepth = 256;

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = MaxDepth };

    /// <summary>
    /// Parses <paramref name="json"/> and checks every object Backlot models. Unknown schemas and unknown
    /// fields are kept for <see cref="OtioWriter"/>; Clip.1 is upgraded to Clip.2.
    /// </summary>
    /// <exception cref="InterchangeFormatException">"line N: …" for bad JSON, "$.json.path: …" for bad OTIO.</exception>
    public static OtioTimeline Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var root = Parse(json, out var rewritten);
        var validator = new OtioValidator();
        validator.Timeline(root);

        // The JSON nodes stay lazy over the checked document until something looks at them.
        var timeline = new OtioTimeline(JsonObject.Create(root)!) { HasNonFiniteNumbers = rewritten };
        if (validator.SawClip1)
            UpgradeClips(timeline.Tracks);
        return timeline;
    }

    private static void UpgradeClips(OtioComposition composition)
    {
        // Wrapping a clip upgrades it; nested compositions may hold more.
        foreach (var child in composition.Children)
        {
            if (child is OtioComposition nested)
                UpgradeClips(nested);
        }
    }

    private static JsonElement Parse(string json, out bool rewritten)
    {
        rewritten = false;
        try
        {
            return Document(json);
        }
        catch (JsonException first)
        {
            // NaN and Inf are legal in OTIO's JSON dialect only: rewrite them and try once more.
            var text = OtioNonFinite.Rewrite(json) ?? throw AtLine(first);
            rewritten = true;
            try
            {
                return Document(text);
            }
            catch (JsonException second)
            {
                throw AtLine(second);
            }
        }
    }

    private static JsonElement Document(string json)
    {
        using var document = JsonDocument.Parse(json, DocumentOptions);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
            throw InterchangeFormatException.AtPath("$", $"expected an object, found {document.RootElement.ValueKind}");
        return document.RootElement.Clone();
    }

    private static InterchangeFormatException AtLine(JsonException error)
    {
        var line = (int)(error.LineNumber ?? 0) + 1;
        var message = error.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0)
            message = message[..cut];
        if (error.BytePositionInLine is { } column)
            message += $" (byte {column + 1} of the line)";
        return InterchangeFormatException.AtLine(line, message, error);
    }
}
