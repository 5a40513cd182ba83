using System.Diagnostics;

namespace Backlot.Interchange.Tests.Storyboard;

/// <summary>Runs Debian poppler-utils (pdfinfo, pdftotext, pdftoppm), the independent reader of our PDFs.</summary>
internal static class Poppler
{
    /// <summary>Away from CI a missing tool skips; on CI (CI=true) the independent check must run, so it fails.</summary>
    public static void Require(string tool)
    {
        if ((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Any(dir => dir.Length > 0 && File.Exists(Path.Combine(dir, tool))))
            return;
        var reason = $"{tool} is missing; install Debian's poppler-utils (apt-get install poppler-utils)";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            Assert.Fail($"{reason}; on CI the poppler check must run");
        Assert.Skip(reason);
    }

    public static async Task<string> Run(string tool, params string[] args)
    {
        Require(tool);
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {tool}");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(1));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"{tool} {string.Join(' ', args)} failed ({process.ExitCode}): {await stderr}");
        return await stdout;
    }
}
