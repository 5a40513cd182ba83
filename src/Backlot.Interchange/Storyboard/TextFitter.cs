using System.Text;
using PdfSharp.Drawing;

namespace Backlot.Interchange.Storyboard;

/// <summary>Greedy word wrap into a fixed number of lines; text that does not fit ends in an ellipsis.</summary>
internal static class TextFitter
{
    public const string Ellipsis = "…";

    /// <summary>One line: the text itself if it fits, otherwise its longest prefix that fits followed by "…".</summary>
    public static string Truncate(XGraphics g, string text, XFont font, double width) =>
        Fits(g, text, font, width) ? text : WithEllipsis(g, text, font, width);

    /// <summary>Wraps at spaces (and inside words too long for a line); at most maxLines lines, the last marked "…" when text was cut.</summary>
    public static IReadOnlyList<string> Wrap(XGraphics g, string text, XFont font, double width, int maxLines)
    {
        if (maxLines < 1)
            return [];
        var lines = new List<string>();
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = new StringBuilder();
            foreach (var original in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var word = original;
                var candidate = line.Length == 0 ? word : $"{line} {word}";
                if (Fits(g, candidate, font, width))
                {
                    line.Clear().Append(candidate);
                    continue;
                }

                if (line.Length > 0)
                    lines.Add(line.ToString());
                line.Clear();
                // A word wider than a whole line is cut where it stops fitting.
                while (word.Length > 1 && !Fits(g, word, font, width))
                {
                    var cut = LongestFittingPrefix(g, word, font, width, "");
                    lines.Add(word[..cut]);
                    word = word[cut..];
                }

                line.Append(word);
            }

            if (line.Length > 0)
                lines.Add(line.ToString());
            if (lines.Count > maxLines)
                break;
        }

        if (lines.Count <= maxLines)
            return lines;
        lines.RemoveRange(maxLines, lines.Count - maxLines);
        lines[^1] = WithEllipsis(g, lines[^1], font, width);
        return lines;
    }

    private static bool Fits(XGraphics g, string text, XFont font, double width) => g.MeasureString(text, font).Width <= width;

    private static string WithEllipsis(XGraphics g, string text, XFont font, double width)
    {
        var trimmed = text.TrimEnd();
        if (Fits(g, trimmed + Ellipsis, font, width))
            return trimmed + Ellipsis;
        return trimmed[..LongestFittingPrefix(g, trimmed, font, width, Ellipsis)].TrimEnd() + Ellipsis;
    }

    /// <summary>Length of the longest prefix that, followed by suffix, fits the width (at least 1).</summary>
    private static int LongestFittingPrefix(XGraphics g, string text, XFont font, double width, string suffix)
    {
        int lo = 1, hi = text.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (Fits(g, text[..mid] + suffix, font, width))
                lo = mid;
            else
                hi = mid - 1;
        }

        return lo;
    }
}
