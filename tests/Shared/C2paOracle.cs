using System.Diagnostics;

namespace Backlot.Tests.Shared;

/// <summary>The independent C2PA checker (c2pa-rs as WebAssembly under Node) in the shared oracles folder.</summary>
internal static class C2paOracle
{
    public sealed record Verdict(string State, string Failures, string Output);

    public static string Root { get; } = FindRoot();

    public static string Shared(params string[] parts) => Path.GetFullPath(Path.Combine([Root, "..", "shared", .. parts]));

    public static string Corpus(string name) => Shared("corpus", "c2pa", name);

    /// <summary>Away from CI a missing checker skips; on CI (CI=true) the independent check must run, so it fails.</summary>
    public static string Require()
    {
        var script = Shared("oracles", "c2pa-verify");
        var hasNode = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Any(dir => dir.Length > 0 && File.Exists(Path.Combine(dir, "node")));
        if (File.Exists(script) && hasNode)
            return script;
        var reason = $"the C2PA checker needs {script} and node on PATH";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            Assert.Fail($"{reason}; on CI the independent check must run");
        Assert.Skip(reason);
        return script;
    }

    public static async Task<Verdict> Verify(string file, string? trustPem = null)
    {
        var start = new ProcessStartInfo(Require()) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(file);
        if (trustPem is not null)
        {
            start.ArgumentList.Add("--trust");
            start.ArgumentList.Add(trustPem);
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(3));
        // The checker installs itself on first use and rewrites its script on every run, so two runs at once (test
        // projects run side by side) can read each other's half-written files: one run at a time on this machine.
        await using var turn = await TakeTurnAsync(timeout.Token);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start c2pa-verify");
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        var output = await stdout;
        var last = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(l => l.StartsWith("state=", StringComparison.Ordinal));
        Assert.True(last is not null, $"c2pa-verify printed no state line ({process.ExitCode}): {output}{await stderr}");
        var fields = last.Split("  ", StringSplitOptions.RemoveEmptyEntries);
        var failures = fields.FirstOrDefault(f => f.StartsWith("failures=", StringComparison.Ordinal))?["failures=".Length..] ?? "";
        return new Verdict(fields[0]["state=".Length..], failures, output);
    }

    private static async Task<FileStream> TakeTurnAsync(CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), "backlot-c2pa-verify.lock");
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                await Task.Delay(50, cancellationToken);
            }
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Backlot.slnx")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"no Backlot.slnx above {AppContext.BaseDirectory}");
    }
}
