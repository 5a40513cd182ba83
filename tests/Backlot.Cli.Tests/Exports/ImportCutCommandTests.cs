using System.Text.Json;
using System.Text.Json.Nodes;
using Backlot.Cli.Tests.Support;

namespace Backlot.Cli.Tests.Exports;

public sealed class ImportCutCommandTests(RenderedSample sample) : IClassFixture<RenderedSample>
{
    // New lengths in frames, each a whole number of 1/8 s so seconds = frames / 24 is exact at three decimals.
    private static readonly Dictionary<string, long> NewFrames = new(StringComparer.Ordinal) { ["2A"] = 150, ["3B"] = 72, ["5A"] = 303 };

    [Fact]
    public async Task ImportCut_WithTwoShotsSwappedAndThreeDurationsChanged_UpdatesExactlyThose()
    {
        using var data = sample.Copy();
        var before = await RenderedSample.ShotsAsync(data);
        var (otio, clips) = await ExportOtioAsync(data);
        var first = clips.FindIndex(c => Name(c) == "1B");
        var second = clips.FindIndex(c => Name(c) == "1C");
        (clips[first], clips[second]) = (clips[second], clips[first]);
        foreach (var (code, frames) in NewFrames)
            clips.Single(c => Name(c) == code)!["source_range"]!["duration"]!["value"] = frames;
        var edited = await WriteCutAsync(data, otio, clips);

        var result = await data.RunAsync("import-cut", edited, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var report = JsonDocument.Parse(result.Stdout);
        Assert.Equal(["1B", "1C"], Codes(report, "reordered").Order(StringComparer.Ordinal));
        Assert.Equal(NewFrames.Keys.Order(StringComparer.Ordinal), Codes(report, "durationsChanged").Order(StringComparer.Ordinal));
        Assert.Empty(Codes(report, "unmatchedClips"));
        Assert.Empty(Codes(report, "shotsNotInCut"));
        Assert.Equal(before.Count, report.RootElement.GetProperty("matched").GetInt32());

        var after = await RenderedSample.ShotsAsync(data);
        var order = before.Select(Code).ToList();
        (order[order.IndexOf("1B")], order[order.IndexOf("1C")]) = ("1C", "1B");
        Assert.Equal(order, after.Select(Code));
        var ordinals = before.ToDictionary(Code, s => s.GetProperty("ordinal").GetInt32());
        (ordinals["1B"], ordinals["1C"]) = (ordinals["1C"], ordinals["1B"]);
        foreach (var old in before)
        {
            var code = Code(old);
            var now = after.Single(s => s.GetProperty("id").GetString() == old.GetProperty("id").GetString());
            Assert.Equal(ordinals[code], now.GetProperty("ordinal").GetInt32());
            var seconds = NewFrames.TryGetValue(code, out var frames) ? frames / 24.0 : old.GetProperty("estimatedSeconds").GetDouble();
            Assert.Equal(seconds, now.GetProperty("estimatedSeconds").GetDouble(), 0.0005);
            Assert.Equal(Rest(old), Rest(now));
            // What the editor changed is marked as a person's edit, so re-planning leaves it alone.
            Assert.Equal(NewFrames.ContainsKey(code) || code is "1B" or "1C", now.GetProperty("edited").GetBoolean());
        }
    }

    [Fact]
    public async Task ImportCut_WithAClipRenamedAndStrippedOfItsIds_ReportsItUnmatchedAndChangesNothing()
    {
        using var data = sample.Copy();
        var before = await RenderedSample.ShotsAsync(data);
        var (otio, clips) = await ExportOtioAsync(data);
        var clip = clips.Single(c => Name(c) == "4A")!;
        clip["name"] = "PICKUP 99";
        clip["metadata"]!.AsObject().Remove("backlot");
        var edited = await WriteCutAsync(data, otio, clips);

        var result = await data.RunAsync("import-cut", edited, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var report = JsonDocument.Parse(result.Stdout);
        Assert.Equal(["PICKUP 99"], Codes(report, "unmatchedClips"));
        Assert.Equal(["4A"], Codes(report, "shotsNotInCut"));
        Assert.Empty(Codes(report, "reordered"));
        Assert.Empty(Codes(report, "durationsChanged"));
        Assert.Equal(before.Select(s => s.GetRawText()), (await RenderedSample.ShotsAsync(data)).Select(s => s.GetRawText()));
    }

    /// <summary>Exports the animatic as OTIO and returns it with its video track's children, detached for editing.</summary>
    private static async Task<(JsonNode Otio, List<JsonNode?> Clips)> ExportOtioAsync(DataFolder data)
    {
        var folder = data.File("export");
        var export = await data.RunAsync("export", "otio", "-o", folder + "/");
        Assert.True(export.ExitCode == 0, export.ToString());
        var otio = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "the-last-reel.otio"), TestContext.Current.CancellationToken))!;
        var children = Children(otio);
        var clips = children.ToList();
        children.Clear();
        return (otio, clips);
    }

    private static async Task<string> WriteCutAsync(DataFolder data, JsonNode otio, List<JsonNode?> clips)
    {
        var children = Children(otio);
        foreach (var clip in clips)
            children.Add(clip);
        var path = data.File("editors-cut.otio");
        await File.WriteAllTextAsync(path, otio.ToJsonString(), TestContext.Current.CancellationToken);
        return path;
    }

    private static JsonArray Children(JsonNode otio) => otio["tracks"]!["children"]![0]!["children"]!.AsArray();

    private static string Name(JsonNode? clip) => clip!["name"]!.GetValue<string>();

    private static string Code(JsonElement shot) => shot.GetProperty("code").GetString()!;

    private static IEnumerable<string> Codes(JsonDocument report, string property) =>
        report.RootElement.GetProperty(property).EnumerateArray().Select(e => e.GetString()!);

    /// <summary>A shot's fields other than its place, its length and the edited mark the cut leaves, as text, to compare before and after.</summary>
    private static string Rest(JsonElement shot)
    {
        var obj = JsonNode.Parse(shot.GetRawText())!.AsObject();
        obj.Remove("ordinal");
        obj.Remove("estimatedSeconds");
        obj.Remove("edited");
        return obj.ToJsonString();
    }
}
