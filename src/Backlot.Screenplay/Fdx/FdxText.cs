using System.Text;
using System.Xml.Linq;

namespace Backlot.Screenplay.Fdx;

/// <summary>The text of .fdx paragraphs: &lt;Text&gt; runs concatenated, styles turned into Fountain emphasis.</summary>
internal static class FdxText
{
    /// <summary>
    /// A paragraph's direct &lt;Text&gt; runs joined: raw text with Bold/Italic/Underline written as Fountain
    /// markers (literal '*', '_' and '\' escaped), and the plain text without them.
    /// </summary>
    public static (string Raw, string Plain) Of(XElement paragraph)
    {
        var raw = new StringBuilder();
        var plain = new StringBuilder();
        // Runs of one style are merged first, so "**a**" + "**b**" does not become "**a****b**".
        var runs = new List<(string Style, StringBuilder Text)>();
        foreach (var run in paragraph.Elements("Text"))
        {
            var text = Normalise(run.Value);
            var style = (string?)run.Attribute("Style") ?? "";
            plain.Append(text);
            if (runs.Count > 0 && runs[^1].Style == style)
                runs[^1].Text.Append(text);
            else
                runs.Add((style, new StringBuilder(text)));
        }

        foreach (var (style, text) in runs)
            AppendStyled(raw, Escape(text.ToString()), style);

        // Differently styled runs that touch can make markers that do not pair; then the styles are dropped.
        var plainText = plain.ToString();
        var rawText = raw.ToString();
        return ScriptText.StripEmphasis(rawText) == plainText ? (rawText, plainText) : (Escape(plainText), plainText);
    }

    /// <summary>The plain text of the paragraphs nested in a &lt;ScriptNote&gt; or &lt;Summary&gt;, one line each.</summary>
    public static string OfNested(XElement container)
    {
        var lines = container.Descendants("Paragraph")
            .Select(p => string.Concat(p.Elements("Text").Select(t => Normalise(t.Value))).Trim())
            .Where(l => l.Length > 0);
        return string.Join('\n', lines);
    }

    private static string Normalise(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace('\t', ' ');

    private static string Escape(string text) =>
        text.AsSpan().IndexOfAny('*', '_', '\\') < 0
            ? text
            : text.Replace("\\", "\\\\", StringComparison.Ordinal)
                .Replace("*", "\\*", StringComparison.Ordinal)
                .Replace("_", "\\_", StringComparison.Ordinal);

    private static void AppendStyled(StringBuilder sb, string text, string style)
    {
        var marker = "";
        if (style.Contains("Underline", StringComparison.OrdinalIgnoreCase))
            marker += "_";
        var bold = style.Contains("Bold", StringComparison.OrdinalIgnoreCase);
        var italic = style.Contains("Italic", StringComparison.OrdinalIgnoreCase);
        var stars = (bold ? 2 : 0) + (italic ? 1 : 0);
        var core = text.Trim();
        if (stars == 0 && marker.Length == 0 || core.Length == 0 || core.Contains('\n', StringComparison.Ordinal))
        {
            sb.Append(text);
            return;
        }

        var open = marker + new string('*', stars);
        var close = new string('*', stars) + marker;
        var lead = text.Length - text.TrimStart().Length;
        sb.Append(text, 0, lead).Append(open).Append(core).Append(close).Append(text, lead + core.Length, text.Length - lead - core.Length);
    }
}
