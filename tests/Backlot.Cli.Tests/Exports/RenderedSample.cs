using System.Text.Json;
using Backlot.Cli.Tests.Support;

namespace Backlot.Cli.Tests.Exports;

/// <summary>
/// The sample production imported and rendered once (small frames) for a test class. Tests that only read use
/// <see cref="Data"/>; tests that change the production work on a <see cref="CopyAsync"/> of it.
/// </summary>
public sealed class RenderedSample : IAsyncLifetime
{
    private static readonly string[] Small = ["--set", "width=320", "--set", "imageHeight=180"];

    public DataFolder Data { get; } = new();

    public async ValueTask InitializeAsync()
    {
        var import = await Data.RunAsync("import", RepoPaths.SampleScript);
        Assert.True(import.ExitCode == 0, import.ToString());
        var render = await Data.RunAsync(["render", .. Small]);
        Assert.True(render.ExitCode == 0, render.ToString());
    }

    /// <summary>A fresh data folder holding a copy of the rendered sample (no backlot process runs on either).</summary>
    public DataFolder Copy()
    {
        var copy = new DataFolder();
        CopyFolder(Data.Data, copy.Data);
        return copy;
    }

    /// <summary>`shots --json` of a data folder: its shots in scene and shot order.</summary>
    public static async Task<IReadOnlyList<JsonElement>> ShotsAsync(DataFolder data)
    {
        var result = await data.RunAsync("shots", "--json");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        return [.. json.RootElement.GetProperty("shots").EnumerateArray().Select(s => s.Clone())];
    }

    public ValueTask DisposeAsync()
    {
        Data.Dispose();
        return ValueTask.CompletedTask;
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var folder in Directory.EnumerateDirectories(from))
            CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
    }
}
