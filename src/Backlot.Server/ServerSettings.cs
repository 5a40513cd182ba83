namespace Backlot.Server;

public sealed class ServerSettings
{
    /// <summary>Where Kestrel listens, semicolon-separated.</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5000";

    /// <summary>Run a job server in this process (the single-machine default).</summary>
    public bool RunWorker { get; init; } = true;

    /// <summary>Largest screenplay upload, in bytes.</summary>
    public long MaxUploadBytes { get; init; } = 4 * 1024 * 1024;
}
