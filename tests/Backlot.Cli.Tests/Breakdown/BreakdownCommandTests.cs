using System.Text;
using System.Text.Json;
using Backlot.Cli.Tests.Support;

namespace Backlot.Cli.Tests.Breakdown;

public sealed class BreakdownCommandTests
{
    public enum BadFile
    {
        Missing,
        Empty,
        Binary,
        OverTheLimit,
        NotAScreenplay,
    }

    [Fact]
    public async Task Breakdown_Json_PrintsOneDocumentWithTitleScenesAndCharacters()
    {
        using var folder = new DataFolder();

        var result = await BacklotProcess.RunAsync(["breakdown", RepoPaths.SampleScript, "--format", "json", "--data", folder.Data]);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal("THE LAST REEL", root.GetProperty("title").GetProperty("Title").GetString());
        Assert.Equal("The Backlot Team", root.GetProperty("title").GetProperty("Author").GetString());
        // The page measure: 6 pages of US Letter (afterwriting agrees), and the scenes' eighths add up to them.
        var pages = root.GetProperty("pages").GetDouble();
        Assert.Equal(6, pages);

        var scenes = root.GetProperty("scenes").EnumerateArray().ToList();
        Assert.Equal(6, scenes.Count);
        var first = scenes[0];
        Assert.Equal("1", first.GetProperty("number").GetString());
        Assert.Equal("INT. ORPHEUM PROJECTION BOOTH - NIGHT", first.GetProperty("heading").GetString());
        Assert.Equal("INT", first.GetProperty("intExt").GetString());
        Assert.Equal("ORPHEUM PROJECTION BOOTH", first.GetProperty("location").GetString());
        Assert.Equal("NIGHT", first.GetProperty("timeOfDay").GetString());
        Assert.All(scenes, s => Assert.True(s.GetProperty("eighths").GetInt32() >= 1));
        Assert.Equal(pages * 8, scenes.Sum(s => s.GetProperty("eighths").GetInt32()));
        Assert.Equal(["MAYA", "DEV"], Strings(first.GetProperty("speakingCast")));
        Assert.Empty(Strings(first.GetProperty("nonSpeakingCast")));
        Assert.Equal(JsonValueKind.Array, first.GetProperty("elements").ValueKind);
        Assert.Equal(["JUNE"], Strings(scenes[4].GetProperty("nonSpeakingCast")));

        var walt = root.GetProperty("characters").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "WALT");
        Assert.True(walt.GetProperty("dialogueCount").GetInt32() > 5);
        Assert.Equal(["2", "3", "6"], Strings(walt.GetProperty("scenes")));
        Assert.False(Directory.Exists(folder.Data), "breakdown must not create a data folder");
    }

    [Fact]
    public async Task Breakdown_JsonFlag_IsTheSameAsFormatJson()
    {
        var flag = await BacklotProcess.RunAsync(["breakdown", RepoPaths.SampleScript, "--json"]);
        var format = await BacklotProcess.RunAsync(["breakdown", RepoPaths.SampleScript, "--format", "json"]);

        Assert.True(flag.ExitCode == 0, flag.ToString());
        Assert.Equal(format.Stdout, flag.Stdout);
    }

    [Fact]
    public async Task Breakdown_Csv_WritesTheHeaderAndOneRowPerScene()
    {
        var result = await BacklotProcess.RunAsync(["breakdown", RepoPaths.SampleScript, "--format", "csv"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("Scene,Int/Ext,Set/Location,Day/Night,Pages,Synopsis,Cast,Extras,Props,Wardrobe,Vehicles,Special Effects,Notes", lines[0]);
        Assert.Equal(7, lines.Length);
        Assert.StartsWith("1,INT,ORPHEUM PROJECTION BOOTH,NIGHT,", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"MAYA, DEV\"", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("5,INT,ORPHEUM AUDITORIUM,NIGHT,", lines[5], StringComparison.Ordinal);
        Assert.Contains(",MAYA,JUNE,", lines[5], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Breakdown_Table_ListsTheScenes()
    {
        var result = await BacklotProcess.RunAsync(["breakdown", RepoPaths.SampleScript]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("JUNE", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("6 scenes, 4 speaking characters, 4 locations", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Breakdown_UnknownFormat_IsAUsageError()
    {
        var result = await BacklotProcess.RunAsync(["breakdown", RepoPaths.SampleScript, "--format", "xml"]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("xml", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("scenes", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(BadFile.Missing, "no such file")]
    [InlineData(BadFile.Empty, "the file is empty")]
    [InlineData(BadFile.Binary, "not a text file")]
    [InlineData(BadFile.OverTheLimit, "over the 4,194,304-byte limit")]
    [InlineData(BadFile.NotAScreenplay, "no scene headings found")]
    public async Task Breakdown_OfABadFile_FailsWithOneLineNamingTheProblem(BadFile kind, string problem)
    {
        using var folder = new DataFolder();
        var file = await WriteAsync(folder, kind);

        foreach (var format in (string[])["json", "csv"])
        {
            var result = await BacklotProcess.RunAsync(["breakdown", file, "--format", format]);

            Assert.True(result.ExitCode != 0, result.ToString());
            var line = Assert.Single(result.StderrLines);
            Assert.StartsWith("backlot: ", line, StringComparison.Ordinal);
            Assert.Contains(Path.GetFileName(file), line, StringComparison.Ordinal);
            Assert.Contains(problem, line, StringComparison.Ordinal);
            Assert.Equal("", result.Stdout);
        }
    }

    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();

    private static async Task<string> WriteAsync(DataFolder folder, BadFile kind)
    {
        var ct = TestContext.Current.CancellationToken;
        switch (kind)
        {
            case BadFile.Missing:
                return folder.File("never-written.fountain");
            case BadFile.Empty:
                await File.WriteAllBytesAsync(folder.File("empty.fountain"), [], ct);
                return folder.File("empty.fountain");
            case BadFile.Binary:
                byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x40];
                await File.WriteAllBytesAsync(folder.File("poster.fountain"), png, ct);
                return folder.File("poster.fountain");
            case BadFile.NotAScreenplay:
                await File.WriteAllTextAsync(folder.File("shopping.fountain"), "Milk, eggs and bread.\nAnd coffee.\n", ct);
                return folder.File("shopping.fountain");
            default:
                var sample = await File.ReadAllTextAsync(RepoPaths.SampleScript, ct);
                var text = new StringBuilder();
                while (text.Length <= 4 * 1024 * 1024)
                    text.Append(sample).Append('\n');
                await File.WriteAllTextAsync(folder.File("epic.fountain"), text.ToString(), ct);
                return folder.File("epic.fountain");
        }
    }
}
