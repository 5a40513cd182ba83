using Backlot.Cli.Tests.Support;

namespace Backlot.Cli.Tests.Exports;

/// <summary>OTIO files other tools wrote, in ../shared/corpus/otio beside the repository.</summary>
internal static class Corpus
{
    public const string Missing = "(corpus missing)";

    public static string OtioFolder { get; } = Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "corpus", "otio"));

    /// <summary>The corpus's .otio file names; a single <see cref="Missing"/> when there is no corpus, so the test can say so.</summary>
    public static TheoryData<string> OtioFiles()
    {
        var files = Directory.Exists(OtioFolder)
            ? Directory.EnumerateFiles(OtioFolder, "*.otio").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList()
            : [];
        return files.Count > 0 ? new TheoryData<string>(files!) : new TheoryData<string>(Missing);
    }

    /// <summary>The full path of a corpus file; without the corpus the test fails on CI and is skipped elsewhere.</summary>
    public static string Otio(string name)
    {
        if (name == Missing || !File.Exists(Path.Combine(OtioFolder, name)))
        {
            var why = $"no OTIO corpus at {OtioFolder}";
            if (Environment.GetEnvironmentVariable("CI") == "true")
                Assert.Fail(why);
            Assert.Skip(why);
        }

        return Path.Combine(OtioFolder, name);
    }
}
