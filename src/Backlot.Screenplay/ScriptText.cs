using System.Text;

namespace Backlot.Screenplay;

/// <summary>Small text helpers shared by the readers and the planner.</summary>
internal static class ScriptText
{
    /// <summary>Removes Fountain emphasis markers (* and _) unless escaped with a backslash.</summary>
    public static string StripEmphasis(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && text[i + 1] is '*' or '_')
            {
                sb.Append(text[++i]);
                continue;
            }

            if (c is not ('*' or '_'))
                sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>Emphasis removed and all runs of white space, line breaks included, collapsed to one space.</summary>
    public static string Plain(string text) =>
        string.Join(' ', StripEmphasis(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Cuts at a word boundary so that the result, with an ellipsis, is at most <paramref name="max"/> characters.</summary>
    public static string Truncate(string text, int max)
    {
        if (text.Length <= max)
            return text;
        var cut = text.LastIndexOf(' ', max - 1);
        if (cut < max / 2)
            cut = max - 1;
        return string.Concat(text.AsSpan(0, cut).TrimEnd(), "…");
    }

    public static int CountWords(string text) =>
        StripEmphasis(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
