using System.Text.Json;
using Backlot.Cli.Tests.Support;

namespace Backlot.Cli.Tests.Commands;

/// <summary>Runs `backlot demo --json` once on a fresh data folder; the tests read its output and run it again.</summary>
public sealed class DemoRun : IAsyncLifetime
{
    public DataFolder Data { get; } = new();

    public CliResult First { get; private set; } = null!;

    public async ValueTask InitializeAsync() => First = await Data.RunAsync("demo", "--json");

    public ValueTask DisposeAsync()
    {
        Data.Dispose();
        return ValueTask.CompletedTask;
    }
}

public sealed class DemoCommandTests(DemoRun demo) : IClassFixture<DemoRun>
{
    [Fact]
    public void Demo_WithJson_PrintsOneDocumentWithTheSampleScenesAndRenderedShots()
    {
        Assert.True(demo.First.ExitCode == 0, demo.First.ToString());

        using var json = JsonDocument.Parse(demo.First.Stdout);

        var summary = json.RootElement.GetProperty("summary");
        Assert.True(summary.GetProperty("scenes").GetInt32() >= 5, summary.ToString());
        Assert.True(summary.GetProperty("shots").GetInt32() >= 15, summary.ToString());
        Assert.Equal(summary.GetProperty("shots").GetInt32(), summary.GetProperty("newTakes").GetInt32());
        Assert.Equal(summary.GetProperty("shots").GetInt32(), summary.GetProperty("completed").GetInt32());
        Assert.Equal(0, summary.GetProperty("failed").GetInt32());
        Assert.Equal(summary.GetProperty("scenes").GetInt32(), json.RootElement.GetProperty("scenes").GetArrayLength());
    }

    [Fact]
    public async Task Demo_RunAgain_MakesNoSecondProductionAndNoNewTakes()
    {
        var again = await demo.Data.RunAsync("demo", "--json");

        Assert.True(again.ExitCode == 0, again.ToString());
        using var json = JsonDocument.Parse(again.Stdout);
        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal(0, summary.GetProperty("newTakes").GetInt32());
        Assert.Equal(summary.GetProperty("shots").GetInt32(), summary.GetProperty("completed").GetInt32());
        var productions = await demo.Data.RunAsync("productions", "--json");
        using var list = JsonDocument.Parse(productions.Stdout);
        var production = Assert.Single(list.RootElement.EnumerateArray());
        Assert.Equal(summary.GetProperty("shots").GetInt32(), production.GetProperty("completedTakes").GetInt32());
        Assert.Equal(summary.GetProperty("shots").GetInt32(), StudioDb.Takes(demo.Data.Database).Count);
    }
}
