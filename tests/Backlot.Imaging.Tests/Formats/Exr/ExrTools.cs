using System.Diagnostics;

namespace Backlot.Imaging.Tests.Formats.Exr;

/// <summary>
/// Runs the independent OpenEXR tools (Debian's openexr and openimageio-tools). When one is missing the
/// test is skipped on a workstation and fails on CI, where the test script installs them.
/// </summary>
internal static class ExrTools
{
    public sealed record Result(int ExitCode, string Output);

    public static string Require(string tool)
    {
        var path = Find(tool);
        if (path is not null)
            return path;
        if (Environment.GetEnvironmentVariable("CI") == "true")
            Assert.Fail($"'{tool}' is not installed; the test script must install Debian's openexr and openimageio-tools");
        Assert.Skip($"'{tool}' is not installed (apt-get install openexr openimageio-tools)");
        return tool;
    }

    /// <summary>Runs the tool and returns its exit code with stdout and stderr together.</summary>
    public static async Task<Result> RunAsync(string tool, params string[] args)
    {
        var psi = new ProcessStartInfo(Require(tool))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args)
            psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var ct = TestContext.Current.CancellationToken;
        var stdout = p.StandardOutput.ReadToEndAsync(ct);
        var stderr = p.StandardError.ReadToEndAsync(ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        await p.WaitForExitAsync(timeout.Token);
        return new Result(p.ExitCode, await stdout + await stderr);
    }

    /// <summary>Runs the tool and fails the test, showing its output, unless it exits 0.</summary>
    public static Task<string> RunOkAsync(string[] commandLine) => RunOkAsync(commandLine[0], commandLine[1..]);

    /// <summary>Runs the tool and fails the test, showing its output, unless it exits 0.</summary>
    public static async Task<string> RunOkAsync(string tool, params string[] args)
    {
        var r = await RunAsync(tool, args);
        Assert.True(r.ExitCode == 0, $"{tool} {string.Join(' ', args)} exited {r.ExitCode}:\n{r.Output}");
        return r.Output;
    }

    private static string? Find(string tool)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, tool);
            if (File.Exists(candidate))
                return candidate;
        }

        return null;
    }
}
