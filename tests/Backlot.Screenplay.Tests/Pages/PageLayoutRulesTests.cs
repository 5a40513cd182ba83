using Backlot.Screenplay.Fountain;
using Backlot.Screenplay.Pages;

namespace Backlot.Screenplay.Tests.Pages;

/// <summary>
/// The page-break rules on small scripts sized against US Letter's 55 lines: a heading and a blank line, then
/// one-line action paragraphs each followed by a blank, so action n sits on line 2n + 1.
/// </summary>
public sealed class PageLayoutRulesTests
{
    private static readonly PageLayout Letter = PageLayout.UsLetter;

    [Fact]
    public void Print_LongSpeechAtPageFoot_EndsWithMoreAndContinuesUnderTheCue()
    {
        var speech = Enumerable.Range(1, 30).Select(i => $"Line {i} of a speech that runs on.");
        var script = Parse(Filler("INT. KITCHEN - DAY", 20), "", "BOB", string.Join('\n', speech));

        var pages = PageMeasure.Print(script, Letter);

        Assert.Equal(2, pages.Count);
        Assert.Equal(Letter.LinesPerPage, pages[0].Count);
        Assert.Equal(new PrintedLine(LineKind.Parenthetical, "(MORE)", 0), pages[0][^1]);
        Assert.Equal(LineKind.Dialogue, pages[0][^2].Kind);
        Assert.Equal(new PrintedLine(LineKind.Character, "BOB (CONT'D)", 0), pages[1][0]);
        Assert.Equal(LineKind.Dialogue, pages[1][1].Kind);
        Assert.Equal(30, pages.SelectMany(p => p).Count(l => l.Kind == LineKind.Dialogue));
    }

    [Fact]
    public void Measure_HeadingThatWouldEndAPage_MovesToTheNextPage()
    {
        // 26 actions end on line 53; the next heading would print on line 55, the page's last.
        var script = Parse(Filler("INT. KITCHEN - DAY", 26), "", "EXT. GARDEN - NIGHT", "", "Rain.");

        var report = PageMeasure.Measure(script, Letter);

        Assert.Equal((2, 1), (report.Scenes[1].StartPage, report.Scenes[1].StartLine));
        Assert.Equal(53, PageMeasure.Print(script, Letter)[0].Count);
    }

    [Fact]
    public void Measure_HeadingWithRoomBelowIt_StaysAtThePageFoot()
    {
        var script = Parse(Filler("INT. KITCHEN - DAY", 25), "", "EXT. GARDEN - NIGHT", "", "Rain.", "", "Thunder.");

        var report = PageMeasure.Measure(script, Letter);

        Assert.Equal((1, 53), (report.Scenes[1].StartPage, report.Scenes[1].StartLine));
        Assert.Equal(2, report.Pages);
    }

    [Fact]
    public void Print_CueThatWouldEndAPage_MovesWithItsDialogue()
    {
        var script = Parse(Filler("INT. KITCHEN - DAY", 26), "", "BOB", "Hello.");

        var pages = PageMeasure.Print(script, Letter);

        Assert.Equal(new PrintedLine(LineKind.Character, "BOB", 0), pages[1][0]);
        Assert.Equal(LineKind.Action, pages[0][^1].Kind);
    }

    [Fact]
    public void Measure_ForcedPageBreak_StartsANewPage()
    {
        var script = Parse("INT. KITCHEN - DAY", "", "Toast.", "", "===", "", "INT. HALL - DAY", "", "Keys.");

        var report = PageMeasure.Measure(script, Letter);

        Assert.Equal(2, report.Pages);
        Assert.Equal((2, 1), (report.Scenes[1].StartPage, report.Scenes[1].StartLine));
        Assert.Equal([8, 8], report.Scenes.Select(s => s.Eighths));
    }

    [Theory]
    [InlineData("us-letter", 61)]
    [InlineData("a4", 58)]
    public void Print_Action_WrapsAtTheLayoutsWidthOnASpace(string layoutName, int width)
    {
        var layout = layoutName == "a4" ? PageLayout.A4 : PageLayout.UsLetter;
        var words = string.Join(' ', Enumerable.Repeat("abcdefghi", 40));
        var script = Parse("INT. KITCHEN - DAY", "", words);

        var action = PageMeasure.Print(script, layout)[0].Where(l => l.Kind == LineKind.Action).ToList();

        Assert.All(action, l => Assert.InRange(l.Text.Length, 1, width));
        Assert.Equal(words, string.Join(' ', action.Select(l => l.Text)));
        Assert.True(action[0].Text.Length > width - 10, "a line is filled before it wraps");
    }

    [Fact]
    public void Print_SectionsSynopsesAndNotes_DoNotPrint()
    {
        var plain = Parse("INT. KITCHEN - DAY", "", "Toast.", "", "BOB", "Hello.");
        var annotated = Parse(
            "# ACT ONE", "", "INT. KITCHEN - DAY", "= Bob makes breakfast.", "", "Toast.", "", "[[check the toaster]]", "", "BOB", "Hello.");

        Assert.Equal(PageMeasure.Print(plain, Letter), PageMeasure.Print(annotated, Letter), PagesEqual);
    }

    [Fact]
    public void Print_DualDialogue_RightColumnTakesNoLinesOfItsOwn()
    {
        var single = Parse("INT. KITCHEN - DAY", "", "BOB", "Hi.", "", "Toast.");
        var dual = Parse("INT. KITCHEN - DAY", "", "BOB", "Hi.", "", "ANN ^", "Hello.", "", "Toast.");

        Assert.Equal(PageMeasure.Print(single, Letter)[0].Count, PageMeasure.Print(dual, Letter)[0].Count);
    }

    [Fact]
    public void Measure_ManyShortScenes_EachGetsAnEighthAndTheyAddUpToThePage()
    {
        var lines = Enumerable.Range(1, 6).SelectMany(i => new[] { $"INT. ROOM {i} - DAY", "", "Beat.", "" }).ToArray();

        var report = PageMeasure.Measure(Parse(lines), Letter);

        Assert.Equal(1, report.Pages);
        Assert.All(report.Scenes, s => Assert.True(s.Eighths >= 1));
        Assert.Equal(8, report.Scenes.Sum(s => s.Eighths));
    }

    [Fact]
    public void Measure_FullPageScene_IsEightEighths()
    {
        // The second heading cannot take the page's last line, so the first scene fills page 1.
        var script = Parse(Filler("INT. KITCHEN - DAY", 26), "", "EXT. GARDEN - NIGHT", "", "Rain.");

        var report = PageMeasure.Measure(script, Letter);

        Assert.Equal(2, report.Pages);
        Assert.Equal("1", report.Scenes[0].Length);
        Assert.Equal(8, report.Scenes[1].Eighths);
    }

    [Theory]
    [InlineData(1, "1/8")]
    [InlineData(8, "1")]
    [InlineData(13, "1 5/8")]
    public void FormatEighths_WritesPagesAndEighths(int eighths, string expected) =>
        Assert.Equal(expected, ScenePages.FormatEighths(eighths));

    private static bool PagesEqual(IReadOnlyList<PrintedLine> a, IReadOnlyList<PrintedLine> b) => a.SequenceEqual(b);

    /// <summary>A heading, a blank line, and <paramref name="actions"/> one-line actions separated by blank lines.</summary>
    private static string[] Filler(string heading, int actions) =>
        [heading, .. Enumerable.Range(1, actions).SelectMany(i => new[] { "", $"Action {i}." })];

    private static ParsedScript Parse(string[] head, params string[] rest) => Parse([.. head, .. rest]);

    private static ParsedScript Parse(params string[] lines) => FountainParser.Parse(string.Join('\n', lines) + "\n");
}
