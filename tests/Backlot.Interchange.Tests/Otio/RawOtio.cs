using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Backlot.Interchange.Tests.Otio;

/// <summary>
/// What the tests know about OTIO JSON without Backlot's model: plain System.Text.Json over the text, with
/// OTIO's bare NaN/Inf turned into strings so that JsonDocument accepts them.
/// </summary>
internal static partial class RawOtio
{
    public static JsonNode Parse(string otio) =>
        JsonNode.Parse(NonFiniteAsStrings().Replace(otio, "\"$1\""))!;

    /// <summary>The only change a reader may make: Clip.1 {media_reference} → Clip.2 {media_references, active key}.</summary>
    public static JsonNode UpgradeClips(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj.ToList())
                {
                    if (child is not null)
                        UpgradeClips(child);
                }

                if ((string?)obj["OTIO_SCHEMA"] == "Clip.1")
                {
                    var reference = obj["media_reference"] ?? new JsonObject
                    {
                        ["OTIO_SCHEMA"] = "MissingReference.1",
                        ["metadata"] = new JsonObject(),
                        ["name"] = "",
                        ["available_range"] = null,
                        ["available_image_bounds"] = null,
                    };
                    obj.Remove("media_reference");
                    obj["OTIO_SCHEMA"] = "Clip.2";
                    obj["media_references"] = new JsonObject { ["DEFAULT_MEDIA"] = reference };
                    obj["active_media_reference_key"] = "DEFAULT_MEDIA";
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    if (child is not null)
                        UpgradeClips(child);
                }

                break;
        }

        return node;
    }

    /// <summary>Null when equal; else the path of the first difference. Objects ignore key order; numbers compare by value.</summary>
    public static string? FirstDifference(JsonElement expected, JsonElement actual, string path = "$")
    {
        if (expected.ValueKind != actual.ValueKind)
            return $"{path}: {expected.ValueKind} ≠ {actual.ValueKind}";
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                var expectedNames = expected.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
                var actualNames = actual.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
                if (!expectedNames.SequenceEqual(actualNames))
                    return $"{path}: keys [{string.Join(",", expectedNames)}] ≠ [{string.Join(",", actualNames)}]";
                foreach (var property in expected.EnumerateObject())
                {
                    var difference = FirstDifference(property.Value, actual.GetProperty(property.Name), $"{path}.{property.Name}");
                    if (difference is not null)
                        return difference;
                }

                return null;
            case JsonValueKind.Array:
                if (expected.GetArrayLength() != actual.GetArrayLength())
                    return $"{path}: {expected.GetArrayLength()} items ≠ {actual.GetArrayLength()}";
                var i = 0;
                foreach (var (e, a) in expected.EnumerateArray().Zip(actual.EnumerateArray()))
                {
                    var difference = FirstDifference(e, a, $"{path}[{i++}]");
                    if (difference is not null)
                        return difference;
                }

                return null;
            case JsonValueKind.Number:
                return expected.GetRawText() == actual.GetRawText()
                    || (expected.TryGetDouble(out var x) && actual.TryGetDouble(out var y) && x.Equals(y))
                    ? null : $"{path}: {expected.GetRawText()} ≠ {actual.GetRawText()}";
            case JsonValueKind.String:
                return expected.GetString() == actual.GetString() ? null : $"{path}: '{expected.GetString()}' ≠ '{actual.GetString()}'";
            default:
                return null;
        }
    }

    /// <summary>Per track of the timeline's stack: clips counted, and clips plus gaps summed in frames at the first clip's rate.</summary>
    public static List<(int Clips, long Frames)> WalkTracks(string otio)
    {
        using var document = JsonDocument.Parse(Parse(otio).ToJsonString());
        var tracks = document.RootElement.GetProperty("tracks").GetProperty("children").EnumerateArray()
            .Where(t => Schema(t) is "Track" or "Sequence")
            .ToList();
        double? cutRate = null;
        foreach (var track in tracks)
        {
            foreach (var child in track.GetProperty("children").EnumerateArray())
            {
                if (cutRate is null && Schema(child) == "Clip" && RangeOf(child) is { } range)
                    cutRate = range.GetProperty("duration").GetProperty("rate").GetDouble();
            }
        }

        var rate = cutRate ?? 24;
        var result = new List<(int, long)>();
        foreach (var track in tracks)
        {
            var clips = 0;
            long frames = 0;
            foreach (var child in track.GetProperty("children").EnumerateArray())
            {
                var schema = Schema(child);
                if (schema == "Clip")
                    clips++;
                if (schema is "Clip" or "Gap" && RangeOf(child) is { } range)
                {
                    var duration = range.GetProperty("duration");
                    frames += (long)Math.Round(duration.GetProperty("value").GetDouble() * rate / duration.GetProperty("rate").GetDouble(),
                        MidpointRounding.AwayFromZero);
                }
            }

            result.Add((clips, frames));
        }

        return result;
    }

    private static string Schema(JsonElement obj)
    {
        var schema = obj.GetProperty("OTIO_SCHEMA").GetString()!;
        return schema[..schema.LastIndexOf('.')];
    }

    private static JsonElement? RangeOf(JsonElement item)
    {
        if (item.TryGetProperty("source_range", out var range) && range.ValueKind == JsonValueKind.Object)
            return range;
        JsonElement reference = default;
        if (item.TryGetProperty("media_reference", out var single))
            reference = single;
        else if (item.TryGetProperty("media_references", out var references))
        {
            var key = item.TryGetProperty("active_media_reference_key", out var k) ? k.GetString()! : "DEFAULT_MEDIA";
            references.TryGetProperty(key, out reference);
        }

        return reference.ValueKind == JsonValueKind.Object
            && reference.TryGetProperty("available_range", out var available) && available.ValueKind == JsonValueKind.Object
            ? available : null;
    }

    [GeneratedRegex(@"(?<=[:\[,]\s*)(-?(?:Infinity|Inf|NaN))(?=\s*[,\]\}])")]
    private static partial Regex NonFiniteAsStrings();
}
