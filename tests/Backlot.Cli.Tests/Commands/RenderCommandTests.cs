using System.Text.Json;
using Backlot.Cli.Tests.Support;

namespace Backlot.Cli.Tests.Commands;

public sealed class RenderCommandTests
{
    // Small frames keep the test quick; every render of the shot uses the same ones.
    private static readonly string[] Small = ["--set", "width=320", "--set", "imageHeight=180"];

    [Fact]
    public async Task Render_OfTheSameShotTwice_ReusesTheTakeAndItsBeauty()
    {
        using var data = new DataFolder();
        await ImportAsync(data);
        var first = await RenderAsync(data, "--shot", "1A", "--json");
        var firstBeauty = Assert.Single(StudioDb.Takes(data.Database)).OutputShas[0];

        var second = await RenderAsync(data, "--shot", "1A", "--json");

        Assert.False(first.GetProperty("reused").GetBoolean());
        Assert.True(second.GetProperty("reused").GetBoolean());
        Assert.Equal(first.GetProperty("takeId").GetString(), second.GetProperty("takeId").GetString());
        Assert.Equal(firstBeauty, await LatestBeautyAsync(data, "1A"));
        Assert.Single(StudioDb.Takes(data.Database));
    }

    [Fact]
    public async Task Render_WithForce_MakesANewTakeWithTheSameBeautySha256()
    {
        using var data = new DataFolder();
        await ImportAsync(data);
        var first = await RenderAsync(data, "--shot", "1A", "--json");

        var forced = await RenderAsync(data, "--shot", "1A", "--force", "--json");

        Assert.False(forced.GetProperty("reused").GetBoolean());
        Assert.Equal(2, forced.GetProperty("take").GetInt32());
        Assert.Equal(first.GetProperty("sheetHash").GetString(), forced.GetProperty("sheetHash").GetString());
        var takes = StudioDb.Takes(data.Database).OrderBy(t => t.Number).ToList();
        Assert.Equal(2, takes.Count);
        Assert.Equal(takes[0].OutputShas, takes[1].OutputShas);
        Assert.Equal(takes[1].OutputShas[0], await LatestBeautyAsync(data, "1A"));
    }

    private static async Task ImportAsync(DataFolder data)
    {
        var import = await data.RunAsync("import", RepoPaths.SampleScript);
        Assert.True(import.ExitCode == 0, import.ToString());
    }

    /// <summary>Runs `render … --json` and returns its one shot's row.</summary>
    private static async Task<JsonElement> RenderAsync(DataFolder data, params string[] args)
    {
        var result = await data.RunAsync(["render", .. args, .. Small]);
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var shot = Assert.Single(json.RootElement.GetProperty("shots").EnumerateArray());
        Assert.Equal("Completed", shot.GetProperty("status").GetString());
        return shot.Clone();
    }

    /// <summary>The beauty SHA-256 of the shot's latest take, as `shots --json` shows it.</summary>
    private static async Task<string> LatestBeautyAsync(DataFolder data, string shotCode)
    {
        var result = await data.RunAsync("shots", "--json");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var shot = json.RootElement.GetProperty("shots").EnumerateArray().Single(s => s.GetProperty("code").GetString() == shotCode);
        var sha = shot.GetProperty("latest").GetProperty("beautySha256").GetString();
        Assert.Matches("^[0-9a-f]{64}$", sha);
        return sha!;
    }
}
