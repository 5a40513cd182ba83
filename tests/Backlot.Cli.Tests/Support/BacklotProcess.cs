using System.Diagnostics;

namespace Backlot.Cli.Tests.Support;

/// <summary>What a finished `backlot` run printed and returned.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public IReadOnlyList<string> StderrLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Stdout}\n--- stderr ---\n{Stderr}";
}

/// <summary>
/// Runs the real `backlot` command as a child process: `dotnet backlot.dll …`, from the test's output folder,
/// where the project reference to Backlot.Cli puts backlot.dll with its runtimeconfig and deps files.
/// </summary>
internal static class BacklotProcess
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(3);

    /// <summary>BACKLOT_MASTER_KEY for every run: 32 fixed bytes, base64.</summary>
    public static readonly string TestMasterKey = Convert.ToBase64String([.. Enumerable.Range(1, 32).Select(i => (byte)(i * 7))]);

    public static string Dll => Path.Combine(AppContext.BaseDirectory, "backlot.dll");

    /// <summary>The dotnet host running this test when there is one (dotnet test sets DOTNET_HOST_PATH), else dotnet on the PATH.</summary>
    public static string DotnetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)
            ? host
            : Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";

    public static async Task<CliResult> RunAsync(IEnumerable<string> args, TimeSpan? timeout = null)
    {
        using var process = Start(args);
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        limit.CancelAfter(timeout ?? DefaultTimeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"backlot {string.Join(' ', args)} did not finish in {timeout ?? DefaultTimeout}");
        }

        return new CliResult(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Starts `backlot` with the given arguments; the caller reads its output and waits for it.</summary>
    public static Process Start(IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(DotnetHost)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);

        // Only the --data each test passes decides where data goes.
        start.Environment.Remove("BACKLOT_DATA");
        start.Environment.Remove("BACKLOT_DB");
        // Production keys are sealed under a master key of the tests', never the machine's per-user key file.
        start.Environment.Remove("BACKLOT_MASTER_KEY_FILE");
        start.Environment["BACKLOT_MASTER_KEY"] = TestMasterKey;
        start.Environment["NO_COLOR"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        return Process.Start(start) ?? throw new InvalidOperationException("could not start backlot");
    }
}
