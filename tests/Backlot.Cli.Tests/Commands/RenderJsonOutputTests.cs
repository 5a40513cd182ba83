using System.Text.Json;
using Backlot.Cli.Tests.Support;

namespace Backlot.Cli.Tests.Commands;

public sealed class RenderJsonOutputTests
{
    private static readonly string[] Small = ["--set", "width=320", "--set", "imageHeight=180"];

    [Fact]
    public async Task Render_WithJson_WhileAnOlderQueuedTakeFails_StillPrintsOnlyOneJsonDocument()
    {
        using var data = new DataFolder();
        Assert.Equal(0, (await data.RunAsync("import", RepoPaths.SampleScript)).ExitCode);
        Assert.Equal(0, (await data.RunAsync(["render", "--shot", "1A", "--queue-only", .. Small])).ExitCode);
        // As if the take had been queued by an earlier Backlot whose previs engine had another version.
        Assert.Equal(1, StudioDb.Execute(data.Database, "UPDATE Takes SET EngineVersion = '0.0.1'"));

        var result = await data.RunAsync(["render", "--shot", "1A", "--json", .. Small]);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var shot = Assert.Single(json.RootElement.GetProperty("shots").EnumerateArray());
        Assert.Equal(2, shot.GetProperty("take").GetInt32());
        Assert.Equal("Completed", shot.GetProperty("status").GetString());
        var old = Assert.Single(StudioDb.Takes(data.Database), t => t.Number == 1);
        Assert.Equal("Failed", old.Status);
    }
}
