namespace Backlot.Server.Tests.Features.Exports;

/// <summary>Timeline files other tools wrote, in ../shared/corpus beside the repository.</summary>
internal static class CorpusFiles
{
    /// <summary>The full path of a corpus OTIO; without the corpus the test fails on CI and is skipped elsewhere.</summary>
    public static string Otio(string name)
    {
        var path = Path.Combine(RepoRoot(), "..", "shared", "corpus", "otio", name);
        if (!File.Exists(path))
        {
            var why = $"no corpus file at {Path.GetFullPath(path)}";
            if (Environment.GetEnvironmentVariable("CI") == "true")
                Assert.Fail(why);
            Assert.Skip(why);
        }

        return Path.GetFullPath(path);
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Backlot.slnx")))
                return dir.FullName;
        }

        throw new InvalidOperationException($"no Backlot.slnx above {AppContext.BaseDirectory}");
    }
}
