using System.Runtime.CompilerServices;

namespace Backlot.Interchange.Tests.Otio;

/// <summary>The .otio files other tools wrote, in ../shared/corpus/otio beside the repository root.</summary>
internal static class OtioCorpus
{
    public const string Missing = "(corpus missing)";

    public static string? Directory { get; } = Find();

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        if (Directory is null)
        {
            data.Add(Missing);
            return data;
        }

        foreach (var file in System.IO.Directory.GetFiles(Directory, "*.otio").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(file));
        return data;
    }

    /// <summary>The file's text; skips the test when the corpus is absent, fails instead on CI.</summary>
    public static string Read(string name)
    {
        if (Directory is null || name == Missing)
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
                Assert.Fail("the OTIO corpus (../shared/corpus/otio beside the repository root) is missing on CI");
            Assert.Skip("the OTIO corpus (../shared/corpus/otio beside the repository root) is not here");
        }

        return File.ReadAllText(Path.Combine(Directory, name));
    }

    private static string? Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, SourceDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (!File.Exists(Path.Combine(dir.FullName, "Backlot.slnx")))
                    continue;
                var corpus = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus", "otio"));
                if (System.IO.Directory.Exists(corpus))
                    return corpus;
                break;
            }
        }

        return null;
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path) ?? ".";
}
