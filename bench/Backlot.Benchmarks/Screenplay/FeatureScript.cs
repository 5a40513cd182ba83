using System.Buffers;
using System.Text;
using Backlot.Screenplay;
using Backlot.Screenplay.Pages;

namespace Backlot.Benchmarks.Screenplay;

/// <summary>
/// A feature-length Fountain script for benchmarks: the corpus scripts (../shared/corpus/screenplays) and the
/// sample production's script, title pages stripped, joined in name order and repeated one script at a time
/// until the page measure reaches <see cref="TargetPages"/>. The same inputs always give the same bytes.
/// </summary>
public static class FeatureScript
{
    public const int TargetPages = 120;

    // A first line holding one of these before its colon is a script line, not a title-page key.
    private static readonly SearchValues<char> NotInKey = SearchValues.Create("*/[]#=!.@~>");

    /// <summary>Where the benchmark writes the script, so fountain-js can be timed on the same bytes.</summary>
    public static string ExportPath => Path.Combine(BenchmarkFolder(), "BenchmarkDotNet.Artifacts", "screenplay", "feature.fountain");

    public static byte[] Build()
    {
        var parts = Sources().Select(path => StripTitlePage(File.ReadAllText(path))).Where(p => p.Length > 0).ToList();
        var text = new StringBuilder();
        for (var i = 0; Pages(text) < TargetPages; i++)
            text.Append(parts[i % parts.Count]).Append("\n\n");

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static int Pages(StringBuilder text) =>
        text.Length == 0 ? 0 : PageMeasure.Measure(ScriptParser.Parse("feature.fountain", Encoding.UTF8.GetBytes(text.ToString()))).Pages;

    /// <summary>Builds the script, writes it to <see cref="ExportPath"/> and returns it.</summary>
    public static byte[] BuildAndExport()
    {
        var bytes = Build();
        Directory.CreateDirectory(Path.GetDirectoryName(ExportPath)!);
        File.WriteAllBytes(ExportPath, bytes);
        return bytes;
    }

    private static IEnumerable<string> Sources()
    {
        var root = RepoRoot();
        var corpus = Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus", "screenplays"));
        var scripts = Directory.Exists(corpus)
            ? Directory.GetFiles(corpus, "*.fountain").Order(StringComparer.Ordinal)
            : Enumerable.Empty<string>();
        return [.. scripts, Path.Combine(root, "samples", "the-last-reel", "the-last-reel.fountain")];
    }

    // A title page is "Key: value" lines (continuations indented) up to the first blank line.
    private static string StripTitlePage(string text)
    {
        text = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal);
        var firstLine = text.AsSpan(0, Math.Max(0, text.IndexOf('\n') is var n and >= 0 ? n : text.Length));
        var colon = firstLine.IndexOf(':');
        if (colon <= 0 || firstLine[0] is ' ' or '\t' || firstLine[..colon].ContainsAny(NotInKey))
            return text.Trim('\n');
        var blank = text.IndexOf("\n\n", StringComparison.Ordinal);
        return blank < 0 ? "" : text[(blank + 2)..].Trim('\n');
    }

    private static string RepoRoot() => FindUp("Backlot.slnx");

    private static string BenchmarkFolder() => FindUp("Backlot.Benchmarks.csproj");

    private static string FindUp(string file)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, file)))
                return dir.FullName;
            if (File.Exists(Path.Combine(dir.FullName, "bench", "Backlot.Benchmarks", file)))
                return Path.Combine(dir.FullName, "bench", "Backlot.Benchmarks");
        }

        throw new InvalidOperationException($"{file} not found above {AppContext.BaseDirectory}");
    }
}
