using System.Diagnostics;
using System.Text.Json;
using Backlot.Cli.Tests.Support;

namespace Backlot.Cli.Tests.Commands;

/// <summary>
/// A render killed without warning (SIGKILL) and run again must end as if it had never been interrupted:
/// one completed take per shot, nothing left running or queued, and blobs and asset rows that match exactly.
/// </summary>
public sealed class RenderCrashTests
{
    // 480×270 frames: long enough per shot that the kill lands between takes that are done and takes still running.
    private static readonly string[] Frames = ["--set", "width=480", "--set", "imageHeight=270"];

    private static readonly TimeSpan KillDeadline = TimeSpan.FromMinutes(2);

    // The render runs one worker per core. Waiting until two takes run at once makes it all but certain that
    // one is still running a moment later, when the kill lands.
    private static readonly int Workers = Math.Min(2, Environment.ProcessorCount);

    [Fact]
    public async Task Render_KilledMidwayAndRunAgain_EndsWithOneCompletedTakePerShotAndNoStrayBlobs()
    {
        using var data = new DataFolder();
        var import = await data.RunAsync("import", RepoPaths.SampleScript, "--json");
        Assert.True(import.ExitCode == 0, import.ToString());
        int shots;
        using (var json = JsonDocument.Parse(import.Stdout))
            shots = json.RootElement.GetProperty("shotsPlanned").GetInt32();
        Assert.Equal(29, shots);

        var atKill = await KillWhenPartlyDoneAsync(data);

        TestContext.Current.TestOutputHelper?.WriteLine(
            "at kill: " + string.Join(", ", atKill.GroupBy(t => t.Status).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}")));
        Assert.Contains(atKill, t => t.Status == "Completed");
        var interrupted = atKill.Where(t => t.Status == "Running").Select(t => t.Id).ToHashSet();
        Assert.NotEmpty(interrupted);

        var again = await data.RunAsync(["render", "--json", .. Frames]);

        Assert.True(again.ExitCode == 0, again.ToString());
        var takes = StudioDb.Takes(data.Database);
        Assert.DoesNotContain(takes, t => t.Status is "Running" or "Queued");
        Assert.Equal(shots, takes.Select(t => t.ShotId).Distinct().Count());
        Assert.All(takes.GroupBy(t => t.ShotId), shot => Assert.Single(shot, t => t.Status == "Completed"));
        Assert.Equal(atKill.Select(t => t.Id).Order(), takes.Select(t => t.Id).Order());
        Assert.All(takes.Where(t => interrupted.Contains(t.Id)), t => Assert.Equal(2, t.Attempts));

        var assets = StudioDb.Column(data.Database, "SELECT Sha256 FROM Assets").ToHashSet();
        var blobs = BlobFiles(data);
        Assert.Equal(assets.Order(StringComparer.Ordinal), blobs.Order(StringComparer.Ordinal));
        Assert.All(takes.Where(t => t.Status == "Completed"), t =>
        {
            // previs 0.2: beauty, depth, depth-exr, mask, mask-ids, pose, pose-image, camera, plot.
            Assert.Equal(9, t.OutputShas.Count);
            Assert.All(t.OutputShas, sha => Assert.Contains(sha, assets));
        });
    }

    /// <summary>
    /// Starts `render` for every shot and SIGKILLs it once at least one take is completed while others are running,
    /// watching the database read-only. Returns the takes as the killed process left them.
    /// </summary>
    private static async Task<IReadOnlyList<TakeRow>> KillWhenPartlyDoneAsync(DataFolder data)
    {
        using var render = data.Start(["render", "--json", .. Frames]);
        var stdout = render.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = render.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var clock = Stopwatch.StartNew();
        try
        {
            while (true)
            {
                if (render.HasExited)
                    Assert.Fail($"render finished before it could be killed (exit {render.ExitCode}): {await stderr}");
                if (clock.Elapsed > KillDeadline)
                    Assert.Fail($"after {KillDeadline} no take was completed while {Workers} others ran");
                var takes = File.Exists(data.Database) ? TryReadTakes(data) : [];
                if (takes.Any(t => t.Status == "Completed") && takes.Count(t => t.Status == "Running") >= Workers)
                    break;
                await Task.Delay(25, TestContext.Current.CancellationToken);
            }
        }
        finally
        {
            if (!render.HasExited)
                render.Kill(entireProcessTree: true);
            await render.WaitForExitAsync(TestContext.Current.CancellationToken);
            await Task.WhenAll(stdout, stderr);
        }

        Assert.Equal("", await stdout);
        return StudioDb.Takes(data.Database);
    }

    /// <summary>The takes, or none while the render is still creating the database.</summary>
    private static IReadOnlyList<TakeRow> TryReadTakes(DataFolder data)
    {
        try
        {
            return StudioDb.Takes(data.Database);
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return [];
        }
    }

    /// <summary>Names of the blob files, leaving out the store's temporary folder.</summary>
    private static List<string> BlobFiles(DataFolder data)
    {
        var tmp = Path.Combine(data.Blobs, "tmp") + Path.DirectorySeparatorChar;
        return [.. Directory.EnumerateFiles(data.Blobs, "*", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(tmp, StringComparison.Ordinal))
            .Select(f => Path.GetFileName(f))];
    }
}
