namespace Backlot.Screenplay.Tests.Support;

/// <summary>Finds the repository root (the folder holding Backlot.slnx) and the shared folder beside it.</summary>
internal static class RepoPaths
{
    public static string? RepoRoot { get; } = FindRepoRoot();

    /// <summary>"../shared" next to the repository root, or null when it is not there.</summary>
    public static string? Shared =>
        RepoRoot is { } root && Path.GetFullPath(Path.Combine(root, "..", "shared")) is var shared && Directory.Exists(shared)
            ? shared
            : null;

    public static string? Corpus => Shared is { } s && Directory.Exists(Path.Combine(s, "corpus", "screenplays"))
        ? Path.Combine(s, "corpus", "screenplays")
        : null;

    public static string Samples => Path.Combine(RepoRoot ?? throw new InvalidOperationException("repository root not found"), "samples");

    private static string? FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Backlot.slnx")))
                return dir.FullName;
        }

        return null;
    }
}
