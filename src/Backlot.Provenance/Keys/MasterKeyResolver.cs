namespace Backlot.Provenance.Keys;

/// <summary>Where the master key came from, for the log: never the key itself.</summary>
public sealed record MasterKeySource(MasterKey Key, string Origin, bool Created);

/// <summary>
/// Finds the master key: <c>BACKLOT_MASTER_KEY</c> (base64, 32 bytes), else the file named by
/// <c>BACKLOT_MASTER_KEY_FILE</c>, else a per-user key file (created, owner-only, on first use).
/// A key file must not lie inside the data folder: a copy of the data folder must not carry the key that opens it.
/// </summary>
public static class MasterKeyResolver
{
    public const string KeyVariable = "BACKLOT_MASTER_KEY";
    public const string KeyFileVariable = "BACKLOT_MASTER_KEY_FILE";

    /// <summary><c>$XDG_CONFIG_HOME/backlot/master.key</c> (usually <c>~/.config/backlot/master.key</c>); %APPDATA% on Windows.</summary>
    public static string DefaultKeyFile =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData, Environment.SpecialFolderOption.DoNotVerify), "backlot", "master.key");

    public static MasterKeySource Resolve(string dataDirectory, Func<string, string?> environment, string? defaultKeyFile = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        ArgumentNullException.ThrowIfNull(environment);
        if (environment(KeyVariable) is { Length: > 0 } inline)
            return new MasterKeySource(MasterKey.FromBase64(inline, KeyVariable), KeyVariable, Created: false);

        if (environment(KeyFileVariable) is { Length: > 0 } named)
        {
            var path = CheckOutsideData(named, dataDirectory, KeyFileVariable);
            if (!File.Exists(path))
                throw new ProvenanceException($"{KeyFileVariable} names {path}, which does not exist");
            return new MasterKeySource(MasterKey.FromBase64(File.ReadAllText(path), path), path, Created: false);
        }

        var file = CheckOutsideData(defaultKeyFile ?? DefaultKeyFile, dataDirectory, "the per-user master key file");
        if (File.Exists(file))
            return new MasterKeySource(MasterKey.FromBase64(File.ReadAllText(file), file), file, Created: false);
        return new MasterKeySource(CreateKeyFile(file), file, Created: true);
    }

    /// <summary>A new key in a new owner-only file; if another process made the file first, its key is used.</summary>
    internal static MasterKey CreateKeyFile(string path)
    {
        var folder = Path.GetDirectoryName(path)!;
        if (OperatingSystem.IsWindows())
            Directory.CreateDirectory(folder);
        else
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var key = MasterKey.Generate();
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        try
        {
            using var stream = new FileStream(path, options);
            using var writer = new StreamWriter(stream);
            writer.WriteLine(key.ToBase64());
            return key;
        }
        catch (IOException) when (File.Exists(path))
        {
            key.Dispose();
            return MasterKey.FromBase64(File.ReadAllText(path), path);
        }
    }

    private static string CheckOutsideData(string keyFile, string dataDirectory, string what)
    {
        var file = Path.GetFullPath(keyFile);
        var data = Path.TrimEndingDirectorySeparator(Path.GetFullPath(dataDirectory)) + Path.DirectorySeparatorChar;
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (file.StartsWith(data, comparison))
        {
            throw new ProvenanceException(
                $"{what} ({file}) lies inside the data folder ({data.TrimEnd(Path.DirectorySeparatorChar)}): " +
                "keep the master key outside it, so a copy or backup of the data cannot open the keys it holds");
        }

        return file;
    }
}
