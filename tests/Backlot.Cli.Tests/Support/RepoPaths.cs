namespace Backlot.Cli.Tests.Support;

/// <summary>Finds the repository root (the folder holding Backlot.slnx) from the test's output folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string SampleScript => Path.Combine(Root, "samples", "the-last-reel", "the-last-reel.fountain");

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
