using Backlot.Data;

namespace Backlot.Studio;

/// <summary>Where Backlot keeps its data and how it runs jobs.</summary>
public sealed class StudioOptions
{
    public const string DataEnvironmentVariable = "BACKLOT_DATA";
    public const string DatabaseEnvironmentVariable = "BACKLOT_DB";
    public const string TimeStampEnvironmentVariable = "BACKLOT_TSA_URL";
    public const string DefaultDataFolder = "backlot-data";

    public required string DataDirectory { get; init; }

    public required DatabaseSettings Database { get; init; }

    public string BlobDirectory => Path.Combine(DataDirectory, "blobs");

    public string JobsDatabasePath => Path.Combine(DataDirectory, "jobs.db");

    public string AdminTokenPath => Path.Combine(DataDirectory, "admin-token");

    /// <summary>Workers per in-process job server.</summary>
    public int WorkerCount { get; init; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>Largest screenplay file accepted, in bytes.</summary>
    public long MaxScriptBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>An RFC 3161 time-stamp authority (BACKLOT_TSA_URL): every frame signed for export or download is time-stamped by it; null for none.</summary>
    public Uri? TimeStampAuthority { get; init; }

    /// <summary>
    /// The data folder: <paramref name="dataOption"/> (--data) if given, else BACKLOT_DATA, else ./backlot-data.
    /// The database: BACKLOT_DB (PostgreSQL) when set, else SQLite inside the data folder.
    /// </summary>
    public static StudioOptions Resolve(string? dataOption, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var dir = !string.IsNullOrWhiteSpace(dataOption) ? dataOption
            : environment(DataEnvironmentVariable) is { Length: > 0 } env ? env
            : DefaultDataFolder;
        var full = Path.GetFullPath(dir);
        return new StudioOptions
        {
            DataDirectory = full,
            Database = DatabaseSettings.Resolve(full, environment(DatabaseEnvironmentVariable)),
            TimeStampAuthority = TimeStampUrl(environment(TimeStampEnvironmentVariable)),
        };
    }

    private static Uri? TimeStampUrl(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        return Uri.TryCreate(text.Trim(), UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            ? url
            : throw new StudioException(StudioErrorKind.Invalid, $"{TimeStampEnvironmentVariable} '{text}' is not an http or https URL of a time-stamp authority");
    }
}
