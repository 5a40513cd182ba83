using System.Text.Json;
using Backlot.Cli.Tests.Support;

namespace Backlot.Cli.Tests.Plan;

/// <summary>`backlot plan` on a file and on a production, and `backlot shot` edits that re-planning leaves alone.</summary>
public sealed class PlanCommandTests
{
    [Fact]
    public async Task Plan_File_Json_ProposesCoverageForEveryScene()
    {
        using var folder = new DataFolder();

        var result = await folder.RunAsync("plan", RepoPaths.SampleScript, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var scenes = json.RootElement.GetProperty("scenes").EnumerateArray().ToList();
        Assert.Equal(6, scenes.Count);
        var first = scenes[0].GetProperty("shots").EnumerateArray().ToList();
        Assert.Equal(["establishing", "two-shot", "ots", "ots"], first.Select(s => s.GetProperty("framing").GetString()));
        Assert.Equal(["1A", "1B", "1C", "1D"], first.Select(s => s.GetProperty("code").GetString()));
        Assert.All(first, s => Assert.True(s.GetProperty("lastLine").GetInt32() >= s.GetProperty("firstLine").GetInt32()));
        Assert.Contains(scenes[4].GetProperty("shots").EnumerateArray(), s => s.GetProperty("framing").GetString() == "cutaway");
        Assert.False(Directory.Exists(folder.Data), "planning a file must not create a data folder");
    }

    [Fact]
    public async Task Plan_File_Csv_IsAShotList()
    {
        var result = await BacklotProcess.RunAsync(["plan", RepoPaths.SampleScript, "--format", "csv", "--scene", "2"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Scene,Shot,Description,Size,Angle,Lens", lines[0], StringComparison.Ordinal);
        Assert.All(lines.Skip(1), l => Assert.StartsWith("2,2", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ShotEdits_SurviveReplan_AndShowInThePlan()
    {
        using var folder = new DataFolder();
        Assert.Equal(0, (await folder.RunAsync("import", RepoPaths.SampleScript)).ExitCode);

        var edit = await folder.RunAsync("shot", "edit", "3c", "--size", "CU", "--lens", "85", "--description", "Maya reads the label");
        var locked = await folder.RunAsync("shot", "lock", "3D", "lens", "size");
        var omitted = await folder.RunAsync("shot", "omit", "3E");
        var added = await folder.RunAsync("shot", "add", "--scene", "3", "--after", "3A", "--framing", "insert", "--size", "ECU", "--description", "Twine on the cans");
        var moved = await folder.RunAsync("shot", "move", "3B", "--to", "1");
        foreach (var r in new[] { edit, locked, omitted, added, moved })
            Assert.True(r.ExitCode == 0, r.ToString());

        var replan = await folder.RunAsync("plan", "--replan", "--scene", "3", "--json");

        Assert.True(replan.ExitCode == 0, replan.ToString());
        using var json = JsonDocument.Parse(replan.Stdout);
        var shots = json.RootElement.GetProperty("shots").EnumerateArray().ToDictionary(s => s.GetProperty("code").GetString()!);
        Assert.Equal(("CU", 85.0, "Maya reads the label"), (shots["3C"].GetProperty("size").GetString(), shots["3C"].GetProperty("lens").GetDouble(), shots["3C"].GetProperty("description").GetString()));
        Assert.True(shots["3D"].GetProperty("sheet").GetProperty("lens").GetProperty("locked").GetBoolean());
        Assert.True(shots["3E"].GetProperty("omitted").GetBoolean());
        Assert.Equal("insert", shots["3H"].GetProperty("framing").GetString());
        // Shots people kept stay in the order they set among themselves; the re-planned wide opens the scene.
        var order = (string code) => shots[code].GetProperty("ordinal").GetInt32();
        Assert.True(order("3B") < order("3H") && order("3H") < order("3C"), replan.Stdout);
        Assert.Equal(5, json.RootElement.GetProperty("replanned").GetProperty("kept").GetInt32());
    }

    [Theory]
    [InlineData(new[] { "shot", "edit", "3C", "--size", "HUGE" }, "size 'HUGE' is not one of")]
    [InlineData(new[] { "shot", "edit", "9Z", "--size", "CU" }, "shot 9Z")]
    [InlineData(new[] { "shot", "lock", "3C", "timeOfDay" }, "has no value for 'timeOfDay'")]
    [InlineData(new[] { "shot", "move", "3C", "--to", "40" }, "position 40")]
    [InlineData(new[] { "shot", "add", "--scene", "77" }, "scene 77")]
    public async Task Shot_BadInput_IsOneLineNamingIt(string[] args, string message)
    {
        using var folder = new DataFolder();
        Assert.Equal(0, (await folder.RunAsync("import", RepoPaths.SampleScript)).ExitCode);

        var result = await folder.RunAsync(args);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
    }
}
