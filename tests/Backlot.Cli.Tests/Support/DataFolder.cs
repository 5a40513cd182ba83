namespace Backlot.Cli.Tests.Support;

/// <summary>A fresh data folder for one test, with helpers to run `backlot … --data` on it; removed at the end.</summary>
public sealed class DataFolder : IDisposable
{
    public DataFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "backlot-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>The data folder itself: created by backlot, inside <see cref="Root"/>.</summary>
    public string Data => Path.Combine(Root, "data");

    public string Database => Path.Combine(Data, "backlot.db");

    public string Blobs => Path.Combine(Data, "blobs");

    /// <summary>A file beside the data folder, for inputs.</summary>
    public string File(string name) => Path.Combine(Root, name);

    public Task<CliResult> RunAsync(params string[] args) => BacklotProcess.RunAsync([.. args, "--data", Data]);

    public System.Diagnostics.Process Start(params string[] args) => BacklotProcess.Start([.. args, "--data", Data]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // left in the temp folder; no test depends on it
        }
    }
}
