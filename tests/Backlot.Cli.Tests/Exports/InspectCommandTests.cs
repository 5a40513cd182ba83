using System.Globalization;
using System.Text.Json;
using Backlot.Cli.Tests.Support;

namespace Backlot.Cli.Tests.Exports;

public sealed class InspectCommandTests
{
    public static TheoryData<string> CorpusFiles => Corpus.OtioFiles();

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public async Task Inspect_OfACorpusOtio_AgreesWithAWalkOfItsJson(string name)
    {
        var path = Corpus.Otio(name);
        var walk = OtioJsonWalk.Of(await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken));
        using var data = new DataFolder();

        var result = await data.RunAsync("inspect", path, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var summary = json.RootElement;
        Assert.Equal("otio", summary.GetProperty("format").GetString());
        Assert.Equal(walk.Rate, double.Parse(summary.GetProperty("rate").GetString()!, CultureInfo.InvariantCulture), 0.01);
        var tracks = summary.GetProperty("tracks").EnumerateArray().ToList();
        Assert.Equal(walk.Tracks.Count, tracks.Count);
        foreach (var (walked, track) in walk.Tracks.Zip(tracks))
        {
            var clips = track.GetProperty("clips").EnumerateArray()
                .Select(c => (c.GetProperty("name").GetString()!, c.GetProperty("duration").GetInt64()))
                .ToList();
            Assert.Equal(walked.Clips, clips);
            Assert.Equal(walked.DurationFrames, track.GetProperty("durationFrames").GetInt64());
        }

        Assert.Equal(walk.DurationFrames, summary.GetProperty("durationFrames").GetInt64());
    }

    [Fact]
    public async Task Inspect_OfAnOtioThatIsNotJson_FailsWithOneLineNamingTheLine()
    {
        using var data = new DataFolder();
        var file = data.File("broken.otio");
        await File.WriteAllTextAsync(file, "{\n  \"OTIO_SCHEMA\": \"Timeline.1\",\n  \"name\": \"cut\",\n  \"tracks\": [1, 2,\n}\n", TestContext.Current.CancellationToken);

        var result = await data.RunAsync("inspect", file, "--json");

        var line = AssertOneErrorLine(result, "broken.otio");
        Assert.Contains("line 5", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inspect_OfAnOtioWithAWrongType_FailsWithOneLineNamingTheJsonPath()
    {
        using var data = new DataFolder();
        var file = data.File("wrong-type.otio");
        var otio = """
            {
              "OTIO_SCHEMA": "Timeline.1",
              "name": "cut",
              "tracks": {
                "OTIO_SCHEMA": "Stack.1",
                "name": "tracks",
                "children": [
                  {
                    "OTIO_SCHEMA": "Track.1",
                    "name": "V1",
                    "kind": "Video",
                    "children": [
                      { "OTIO_SCHEMA": "Clip.2", "name": "1A", "source_range": "two seconds" }
                    ]
                  }
                ]
              }
            }
            """;
        await File.WriteAllTextAsync(file, otio, TestContext.Current.CancellationToken);

        var result = await data.RunAsync("inspect", file, "--json");

        var line = AssertOneErrorLine(result, "wrong-type.otio");
        Assert.Contains("$.tracks.children[0].children[0].source_range", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inspect_OfAnEdlWithABadTimecode_FailsWithOneLineNamingTheLine()
    {
        using var data = new DataFolder();
        var file = data.File("broken.edl");
        var edl = "TITLE: BROKEN\nFCM: NON-DROP FRAME\n\n001  AX       V     C        01:00:00:00 01:00:0X:00 01:00:00:00 01:00:01:00\n";
        await File.WriteAllTextAsync(file, edl, TestContext.Current.CancellationToken);

        var result = await data.RunAsync("inspect", file, "--json");

        var line = AssertOneErrorLine(result, "broken.edl");
        Assert.Contains("line 4", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inspect_OfAMissingFile_FailsWithOneLine()
    {
        using var data = new DataFolder();

        var result = await data.RunAsync("inspect", data.File("never-written.otio"), "--json");

        var line = AssertOneErrorLine(result, "never-written.otio");
        Assert.Contains("no such file", line, StringComparison.Ordinal);
    }

    private static string AssertOneErrorLine(CliResult result, string fileName)
    {
        Assert.True(result.ExitCode != 0, result.ToString());
        Assert.Equal("", result.Stdout);
        var line = Assert.Single(result.StderrLines);
        Assert.StartsWith("backlot: ", line, StringComparison.Ordinal);
        Assert.Contains(fileName, line, StringComparison.Ordinal);
        return line;
    }
}
