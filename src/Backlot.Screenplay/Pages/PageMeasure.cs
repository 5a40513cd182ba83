namespace Backlot.Screenplay.Pages;

/// <summary>
/// Measures a script the way a printed screenplay is measured: lays it out on pages (<see cref="PageLayout"/>,
/// US Letter unless told otherwise) and reports the page count and each scene's length in eighths of a page.
/// </summary>
/// <remarks>
/// A scene owns the lines from its heading to the next heading; on each page, the blank space below the last
/// line belongs to the scene printed there last, so every page's eight eighths are shared out and the scenes
/// add up to the page count × 8 (the last page counts whole). <see cref="EighthsRounding"/> says how the
/// shares are rounded. Lines before the first heading ("FADE IN:") count toward the first scene.
/// </remarks>
public static class PageMeasure
{
    /// <summary>Lays <paramref name="script"/> out: the body pages, title page excluded, each a list of lines.</summary>
    public static IReadOnlyList<IReadOnlyList<PrintedLine>> Print(ParsedScript script, PageLayout? layout = null)
    {
        ArgumentNullException.ThrowIfNull(script);
        layout ??= PageLayout.UsLetter;
        return Paginator.Paginate(ScriptLiner.Line(script, layout), layout)
            .Select(page => (IReadOnlyList<PrintedLine>)page.Select(l => new PrintedLine(l.Kind, l.Text, l.Scene)).ToList())
            .ToList();
    }

    /// <summary>Lays <paramref name="script"/> out and measures it; the title page is not counted.</summary>
    public static PageReport Measure(ParsedScript script, PageLayout? layout = null)
    {
        ArgumentNullException.ThrowIfNull(script);
        layout ??= PageLayout.UsLetter;
        var pages = Paginator.Paginate(ScriptLiner.Line(script, layout), layout);
        var sceneCount = script.Scenes.Count;
        var rows = new double[sceneCount];
        var startPage = new int[sceneCount];
        var startLine = new int[sceneCount];
        var endPage = new int[sceneCount];

        for (var p = 0; p < pages.Count; p++)
        {
            var page = pages[p];
            for (var row = 0; row < page.Count; row++)
            {
                var scene = page[row].Scene;
                rows[scene]++;
                endPage[scene] = p + 1;
                if (startPage[scene] == 0 && page[row].Kind == LineKind.SceneHeading)
                {
                    startPage[scene] = p + 1;
                    startLine[scene] = row + 1;
                }
            }

            if (page.Count > 0)
                rows[page[^1].Scene] += Math.Max(0, layout.LinesPerPage - page.Count);
            else if (sceneCount > 0)
                rows[FirstSceneOnOrAfter(pages, p)] += layout.LinesPerPage;
        }

        var eighths = EighthsRounding.Round(rows.Select(r => r / layout.LinesPerPage * 8).ToList(), pages.Count * 8);
        var scenes = script.Scenes
            .Select((s, i) => new ScenePages(s.Number, eighths[i], startPage[i], startLine[i], endPage[i], rows[i] / layout.LinesPerPage))
            .ToList();
        return new PageReport(pages.Count, scenes, layout);
    }

    // An empty page (only from a forced break at the very top) belongs to the scene that follows it.
    private static int FirstSceneOnOrAfter(List<List<PageLine>> pages, int page)
    {
        for (var p = page; p < pages.Count; p++)
        {
            if (pages[p].Count > 0)
                return pages[p][0].Scene;
        }

        return pages.Take(page).LastOrDefault(x => x.Count > 0)?[^1].Scene ?? 0;
    }
}
