using System.Text;
using System.Text.Json;

namespace Backlot.Cli.Tests.Exports;

/// <summary>A track as a plain walk of the OTIO JSON sees it: its clips (name, frames) and its length in frames.</summary>
internal sealed record WalkedTrack(IReadOnlyList<(string Name, long Frames)> Clips, long DurationFrames);

/// <summary>
/// What an .otio file holds, read straight from its JSON with no Backlot code: the tracks under timeline.tracks,
/// each clip's and gap's source_range duration (a clip without one uses its active media's available_range),
/// counted in frames at the first clip's rate, as the cut summary uses it. Transitions take no time.
/// </summary>
internal sealed record OtioJsonWalk(double Rate, IReadOnlyList<WalkedTrack> Tracks)
{
    public long DurationFrames => Tracks.Count == 0 ? 0 : Tracks.Max(t => t.DurationFrames);

    public static OtioJsonWalk Of(string otioText)
    {
        using var json = JsonDocument.Parse(WithoutNonFiniteNumbers(otioText));
        var tracks = json.RootElement.GetProperty("tracks").GetProperty("children").EnumerateArray()
            .Where(t => Schema(t) is "Track" or "Sequence")
            .ToList();
        var rate = tracks.SelectMany(t => t.GetProperty("children").EnumerateArray())
            .Where(c => Schema(c) == "Clip")
            .Select(c => RangeOf(c)?.GetProperty("duration").GetProperty("rate").GetDouble())
            .FirstOrDefault(r => r is not null) ?? 24;
        return new OtioJsonWalk(rate, [.. tracks.Select(t => Walk(t, rate))]);
    }

    private static WalkedTrack Walk(JsonElement track, double rate)
    {
        var clips = new List<(string, long)>();
        long duration = 0;
        foreach (var child in track.GetProperty("children").EnumerateArray())
        {
            switch (Schema(child))
            {
                case "Clip":
                    var frames = Frames(RangeOf(child) ?? throw new InvalidOperationException("a clip with no range"), rate);
                    clips.Add((child.GetProperty("name").GetString() ?? "", frames));
                    duration += frames;
                    break;
                case "Gap":
                    duration += Frames(child.GetProperty("source_range"), rate);
                    break;
                case "Transition":
                    break;
                default:
                    throw new InvalidOperationException($"the walk does not know {child.GetProperty("OTIO_SCHEMA")} in a track; teach it");
            }
        }

        return new WalkedTrack(clips, duration);
    }

    private static string Schema(JsonElement obj) => obj.GetProperty("OTIO_SCHEMA").GetString()!.Split('.')[0];

    /// <summary>source_range, else the active media reference's available_range (Clip.1: media_reference; Clip.2: by key).</summary>
    private static JsonElement? RangeOf(JsonElement clip)
    {
        if (clip.TryGetProperty("source_range", out var source) && source.ValueKind == JsonValueKind.Object)
            return source;
        var media = clip.TryGetProperty("media_references", out var all) && all.ValueKind == JsonValueKind.Object
            ? all.GetProperty(clip.GetProperty("active_media_reference_key").GetString()!)
            : clip.GetProperty("media_reference");
        return media.TryGetProperty("available_range", out var available) && available.ValueKind == JsonValueKind.Object ? available : null;
    }

    private static long Frames(JsonElement range, double rate)
    {
        var duration = range.GetProperty("duration");
        var value = duration.GetProperty("value").GetDouble() * rate / duration.GetProperty("rate").GetDouble();
        return (long)Math.Round(value, MidpointRounding.AwayFromZero);
    }

    /// <summary>OTIO's writer allows bare NaN/Inf/Infinity (big_int.otio has them); the walk never reads those values, so null will do.</summary>
    private static string WithoutNonFiniteNumbers(string text)
    {
        var output = new StringBuilder(text.Length);
        var inString = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inString)
            {
                output.Append(c);
                if (c == '\\')
                    output.Append(text[++i]);
                else if (c == '"')
                    inString = false;
                continue;
            }

            if (c == '"')
                inString = true;
            var token = new[] { "-Infinity", "Infinity", "-Inf", "Inf", "-NaN", "NaN" }
                .FirstOrDefault(t => string.CompareOrdinal(text, i, t, 0, t.Length) == 0);
            if (token is null)
            {
                output.Append(c);
                continue;
            }

            output.Append("null");
            i += token.Length - 1;
        }

        return output.ToString();
    }
}
