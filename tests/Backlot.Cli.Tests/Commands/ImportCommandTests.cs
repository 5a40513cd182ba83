using System.Text;
using System.Text.Json;
using Backlot.Cli.Tests.Support;

namespace Backlot.Cli.Tests.Commands;

public sealed class ImportCommandTests
{
    private const string Production = "THE LAST REEL";

    public enum BadFile
    {
        Missing,
        Empty,
        Binary,
        OverTheLimit,
    }

    [Fact]
    public async Task Import_OfTheSample_PrintsTheImportAsJson()
    {
        using var data = new DataFolder();

        var result = await data.RunAsync("import", RepoPaths.SampleScript, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(Production, json.RootElement.GetProperty("productionName").GetString());
        Assert.True(json.RootElement.GetProperty("scenes").GetInt32() >= 5);
        Assert.True(json.RootElement.GetProperty("shotsPlanned").GetInt32() >= 15);
    }

    [Theory]
    [InlineData(BadFile.Missing, "no such file")]
    [InlineData(BadFile.Empty, "the file is empty")]
    [InlineData(BadFile.Binary, "not a text file")]
    [InlineData(BadFile.OverTheLimit, "over the 4,194,304-byte limit")]
    public async Task Import_OfABadFileIntoAnEmptyDataFolder_FailsWithOneLineNamingTheProblem_AndCreatesNoProduction(BadFile kind, string problem)
    {
        using var data = new DataFolder();
        var file = await WriteAsync(data, kind);

        var result = await data.RunAsync("import", file, "--json");

        AssertOneErrorLine(result, Path.GetFileName(file), problem);
        Assert.Equal("", result.Stdout);
        Assert.Equal("[]", await ProductionsAsync(data));
    }

    [Theory]
    [InlineData(BadFile.Missing, "no such file")]
    [InlineData(BadFile.Binary, "not a text file")]
    [InlineData(BadFile.OverTheLimit, "over the 4,194,304-byte limit")]
    public async Task Import_OfABadFileIntoAProduction_FailsWithOneLineNamingTheProblem_AndLeavesTheProductionAsItWas(BadFile kind, string problem)
    {
        using var data = new DataFolder();
        var sample = await data.RunAsync("import", RepoPaths.SampleScript, "--json");
        Assert.True(sample.ExitCode == 0, sample.ToString());
        var file = await WriteAsync(data, kind);

        var result = await data.RunAsync("import", file, "--production", Production, "--json");

        AssertOneErrorLine(result, Path.GetFileName(file), problem);
        using var imported = JsonDocument.Parse(sample.Stdout);
        using var productions = JsonDocument.Parse(await ProductionsAsync(data));
        var production = Assert.Single(productions.RootElement.EnumerateArray());
        Assert.Equal(imported.RootElement.GetProperty("productionId").GetString(), production.GetProperty("id").GetString());
        Assert.Equal(imported.RootElement.GetProperty("scenes").GetInt32(), production.GetProperty("scenes").GetInt32());
        Assert.Equal(imported.RootElement.GetProperty("shotsPlanned").GetInt32(), production.GetProperty("shots").GetInt32());
        Assert.Single(StudioDb.Column(data.Database, "SELECT Id FROM ScriptDrafts"));
    }

    private static void AssertOneErrorLine(CliResult result, string fileName, string problem)
    {
        Assert.True(result.ExitCode != 0, result.ToString());
        var line = Assert.Single(result.StderrLines);
        Assert.StartsWith("backlot: ", line, StringComparison.Ordinal);
        Assert.Contains(fileName, line, StringComparison.Ordinal);
        Assert.Contains(problem, line, StringComparison.Ordinal);
    }

    /// <summary>`productions --json`, compacted so two listings compare as text.</summary>
    private static async Task<string> ProductionsAsync(DataFolder data)
    {
        var result = await data.RunAsync("productions", "--json");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        return JsonSerializer.Serialize(json.RootElement);
    }

    private static async Task<string> WriteAsync(DataFolder data, BadFile kind)
    {
        var ct = TestContext.Current.CancellationToken;
        switch (kind)
        {
            case BadFile.Missing:
                return data.File("never-written.fountain");
            case BadFile.Empty:
                await File.WriteAllBytesAsync(data.File("empty.fountain"), [], ct);
                return data.File("empty.fountain");
            case BadFile.Binary:
                // The first bytes of a PNG: signature and IHDR chunk, NULs included.
                byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x40];
                await File.WriteAllBytesAsync(data.File("poster.fountain"), png, ct);
                return data.File("poster.fountain");
            default:
                // A real screenplay repeated past 4 MiB: only its size is wrong.
                var sample = await File.ReadAllTextAsync(RepoPaths.SampleScript, ct);
                var text = new StringBuilder();
                while (text.Length <= 4 * 1024 * 1024)
                    text.Append(sample).Append('\n');
                await File.WriteAllTextAsync(data.File("epic.fountain"), text.ToString(), ct);
                return data.File("epic.fountain");
        }
    }
}
