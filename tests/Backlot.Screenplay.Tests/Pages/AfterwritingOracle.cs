using System.Diagnostics;
using System.Text.Json;

namespace Backlot.Screenplay.Tests.Pages;

/// <summary>
/// Runs ../shared/oracles/screenplay-pages (npm afterwriting) on a file. Away from CI a missing oracle, node or
/// npm skips the test; on CI (CI=true) the independent check must run, so it fails.
/// </summary>
internal static class AfterwritingOracle
{
    public static async Task<int> BodyPagesAsync(string shared, string file)
    {
        var oracle = Path.Combine(shared, "oracles", "screenplay-pages");
        if (!File.Exists(oracle))
            SkipOrFail($"oracle not found: {oracle}");
        if (!OnPath("node") || !OnPath("npm"))
            SkipOrFail("screenplay-pages needs node and npm");

        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(oracle);
        start.ArgumentList.Add(file);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start bash");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(5));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
            SkipOrFail($"screenplay-pages failed ({process.ExitCode}); first use needs npm to install afterwriting: {await stderr}");
        using var json = JsonDocument.Parse(await stdout);
        return json.RootElement.GetProperty("pages").GetInt32();
    }

    public static void SkipOrFail(string reason)
    {
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            Assert.Fail($"{reason}; on CI the screenplay-pages oracle must run");
        Assert.Skip(reason);
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Any(dir => dir.Length > 0 && File.Exists(Path.Combine(dir, tool)));
}
