namespace Backlot.Screenplay.Pages;

/// <summary>
/// Cuts printed lines into pages the way afterwriting does. A page is filled, then the cut moves up from its
/// last line until a line is found that may end a page:
/// <list type="bullet">
/// <item>not a scene heading (a heading is never left alone at a page foot);</item>
/// <item>not the line before a transition (the transition stays with what it ends);</item>
/// <item>an action line of one to three wrapped lines only after its last line; of four or more, not after its
/// first or its next-to-last (no single line left behind or carried over);</item>
/// <item>inside a speech, only between two dialogue lines with dialogue on both sides: the page ends with
/// "(MORE)" and the next one starts with the cue again, "(CONT'D)" added;</item>
/// <item>never after a cue or a parenthetical that dialogue follows (no cue alone at the bottom).</item>
/// </list>
/// A forced page break ends the page where it stands. Blank lines at the top of a page are dropped.
/// </summary>
internal sealed class Paginator(PageLayout layout, List<PageLine> lines)
{
    public static List<List<PageLine>> Paginate(List<PageLine> lines, PageLayout layout) =>
        new Paginator(layout, lines).Run(); // the lines are the liner's own: split speeches are inserted in place

    private List<List<PageLine>> Run()
    {
        var pages = new List<List<PageLine>>();
        var max = layout.LinesPerPage;
        var start = 0;
        while (true)
        {
            while (start < lines.Count && lines[start].IsEmpty)
                start++;
            if (start >= lines.Count)
                break;

            var forced = -1;
            for (var i = start + 1; i < lines.Count && i - start < max; i++)
            {
                if (lines[i].Kind == LineKind.PageBreak)
                {
                    forced = i;
                    break;
                }
            }

            if (forced >= 0)
            {
                pages.Add(lines.GetRange(start, forced - start));
                start = forced + 1;
                continue;
            }

            if (lines.Count - start <= max)
            {
                pages.Add(lines.GetRange(start, lines.Count - start));
                break;
            }

            var last = LastLineOfPage(start, max);
            pages.Add(lines.GetRange(start, last - start + 1));
            start = last + 1;
        }

        if (pages.Count == 0)
            pages.Add([]);
        return pages;
    }

    /// <summary>The index of the last line of the page that starts at <paramref name="start"/>.</summary>
    private int LastLineOfPage(int start, int max)
    {
        var candidate = start + max;
        while (true)
        {
            var p = candidate - 1;
            while (p > start && lines[p].IsEmpty)
                p--;
            if (p <= start)
                return start + max - 1; // nothing may end the page: cut it full rather than loop
            if (MayEndPage(p, start))
                return p;
            candidate = p;
        }
    }

    private bool MayEndPage(int index, int start)
    {
        var before = index - 1;
        while (before > start && lines[before].IsEmpty)
            before--;
        var after = index + 1;
        while (after < lines.Count && lines[after].IsEmpty)
            after++;
        var line = lines[index];
        var next = after < lines.Count ? lines[after] : null;

        if (line.Role == LineKind.SceneHeading && next is not null && next.Role != LineKind.SceneHeading)
            return false;
        if (next is not null && next.Role == LineKind.Transition && line.Role != LineKind.Transition)
            return false;
        if (line.Role == LineKind.Action)
        {
            var last = line.ParagraphLines - 1;
            if (line.ParagraphLines < 4 && line.IndexInParagraph != last)
                return false;
            if (line.ParagraphLines >= 4 && (line.IndexInParagraph == 0 || line.IndexInParagraph == last - 1))
                return false;
        }

        if (line.Role == LineKind.Dialogue && next?.Role == LineKind.Dialogue && lines[before].Role == LineKind.Dialogue)
        {
            SplitSpeech(index, before);
            return true;
        }

        return !(line.IsSpeech && next is not null && next.Role is LineKind.Dialogue or LineKind.Parenthetical);
    }

    /// <summary>
    /// Ends the page with "(MORE)" in place of the line at <paramref name="index"/>, which moves to the next page
    /// under its speaker's cue with "(CONT'D)".
    /// </summary>
    private void SplitSpeech(int index, int before)
    {
        var cue = before;
        while (cue > 0 && lines[cue].Kind != LineKind.Character)
            cue--;
        var name = lines[cue].Text.Trim();
        var repeated = name.Contains(layout.Continued, StringComparison.Ordinal) ? name : name + " " + layout.Continued;
        var line = lines[index];
        lines.Insert(index, new PageLine(LineKind.Parenthetical, LineKind.Dialogue, layout.More, line.Scene));
        lines.Insert(index + 1, new PageLine(LineKind.Character, LineKind.Dialogue, repeated, line.Scene));
    }
}
