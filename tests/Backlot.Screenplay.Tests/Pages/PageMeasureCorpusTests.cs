using System.Text;
using System.Text.RegularExpressions;
using Backlot.Screenplay.Fountain;
using Backlot.Screenplay.Pages;
using Backlot.Screenplay.Tests.Support;

namespace Backlot.Screenplay.Tests.Pages;

/// <summary>
/// Our page count against afterwriting's on every corpus script with scene headings, and on a feature-length
/// script joined from them. afterwriting's command line prints on its default profile, A4 (57 lines, action
/// 58 characters), so these comparisons lay out on <see cref="PageLayout.A4"/>.
/// </summary>
public sealed partial class PageMeasureCorpusTests
{
    private const string Missing = "(corpus not found)";

    public static TheoryData<string> ScriptsWithScenes()
    {
        var data = new TheoryData<string>();
        if (RepoPaths.Corpus is { } corpus)
        {
            foreach (var file in Directory.GetFiles(corpus, "*.fountain").Order(StringComparer.Ordinal))
            {
                if (TryParse(file) is not null)
                    data.Add(Path.GetFileName(file));
            }
        }

        if (data.Count == 0)
            data.Add(Missing);
        return data;
    }

    [Theory]
    [MemberData(nameof(ScriptsWithScenes))]
    public async Task Measure_CorpusScript_IsWithinOnePageOfAfterwriting(string fileName)
    {
        var path = CorpusPath(fileName);
        var expected = await AfterwritingOracle.BodyPagesAsync(RepoPaths.Shared!, path);

        var report = PageMeasure.Measure(Parse(path), PageLayout.A4);

        Assert.InRange(report.Pages, expected - 1, expected + 1);
    }

    [Theory]
    [InlineData("brick_and_steel.fountain", 3)]
    [InlineData("printing_trouble.fountain", 11)]
    [InlineData("my_living_memory.fountain", 14)]
    public void Measure_CorpusScript_IsWithinOnePageOfItsPublishedCount(string fileName, int afterwritingPages)
    {
        var report = PageMeasure.Measure(Parse(CorpusPath(fileName)), PageLayout.A4);

        Assert.InRange(report.Pages, afterwritingPages - 1, afterwritingPages + 1);
    }

    [Theory]
    [MemberData(nameof(ScriptsWithScenes))]
    public void Measure_CorpusScript_SceneEighthsAddUpToItsPages(string fileName)
    {
        var script = Parse(CorpusPath(fileName));

        foreach (var layout in new[] { PageLayout.UsLetter, PageLayout.A4 })
        {
            var report = PageMeasure.Measure(script, layout);
            Assert.Equal(report.Pages * 8, report.Scenes.Sum(s => s.Eighths));
            Assert.All(report.Scenes, s => Assert.True(s.Eighths >= 1, $"scene {s.SceneNumber} has {s.Eighths}/8"));
        }
    }

    [Fact]
    public async Task Measure_FeatureLengthJoinedScript_IsWithinTwoPercentOfAfterwriting()
    {
        var path = Path.Combine(Path.GetTempPath(), $"backlot-joined-{Guid.NewGuid():N}.fountain");
        try
        {
            var text = JoinCorpus(minimumPages: 80);
            await File.WriteAllTextAsync(path, text, TestContext.Current.CancellationToken);
            var expected = await AfterwritingOracle.BodyPagesAsync(RepoPaths.Shared!, path);

            var report = PageMeasure.Measure(FountainParser.Parse(Encoding.UTF8.GetBytes(text)), PageLayout.A4);

            Assert.True(expected >= 80, $"the joined script is only {expected} pages");
            Assert.InRange(report.Pages, expected * 0.98, expected * 1.02);
            Assert.Equal(report.Pages * 8, report.Scenes.Sum(s => s.Eighths));
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The corpus scripts' bodies (title pages dropped), repeated until they fill the pages asked for.</summary>
    private static string JoinCorpus(int minimumPages)
    {
        var bodies = ScriptsWithScenes().Select(row => (string)row.Data)
            .Select(name => Body(File.ReadAllText(CorpusPath(name))))
            .ToList();
        var round = string.Join("\n\n", bodies);
        var text = new StringBuilder(round);
        while (PageMeasure.Measure(FountainParser.Parse(text.ToString()), PageLayout.A4).Pages < minimumPages + 2)
            text.Append("\n\n").Append(round);
        return text.Append('\n').ToString();
    }

    private static string Body(string fountain)
    {
        var lines = fountain.TrimStart('\uFEFF').ReplaceLineEndings("\n").Split('\n');
        var start = TitleKey().IsMatch(lines[0]) ? Array.IndexOf(lines, "") + 1 : 0;
        return string.Join('\n', lines[start..]).Trim('\n');
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z ]*:")]
    private static partial Regex TitleKey();

    private static string CorpusPath(string fileName)
    {
        if (fileName == Missing || RepoPaths.Corpus is not { } corpus)
        {
            AfterwritingOracle.SkipOrFail("../shared/corpus/screenplays is not next to the repository");
            throw new InvalidOperationException("unreachable");
        }

        return Path.Combine(corpus, fileName);
    }

    private static ParsedScript Parse(string path) => FountainParser.Parse(File.ReadAllBytes(path));

    private static ParsedScript? TryParse(string path)
    {
        try
        {
            return Parse(path);
        }
        catch (ScriptFormatException)
        {
            return null;
        }
    }
}
