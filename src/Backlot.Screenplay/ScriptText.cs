using System.Text;

namespace Backlot.Screenplay;

/// <summary>Small text helpers shared by the readers and the planner.</summary>
internal static class ScriptText
{
    /// <summary>
    /// Removes Fountain emphasis markers (*italic*, **bold**, ***bold italic***, _underline_) that open and close
    /// on the same line, and the backslash of an escaped '*', '_' or '\'. An unpaired marker stays as written.
    /// Linear in the length of the text.
    /// </summary>
    public static string StripEmphasis(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny('*', '_', '\\') < 0)
            return text;
        var sb = new StringBuilder(text.Length);
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
                end = text.Length;
            StripLine(text, start, end, sb);
            if (end < text.Length)
                sb.Append('\n');
            start = end + 1;
        }

        return sb.ToString();
    }

    private static void StripLine(string text, int start, int end, StringBuilder sb)
    {
        // drop[i]: the character at start + i is a marker or escape that plain text leaves out.
        var drop = new bool[end - start];
        // One stack of open markers per kind: *, **, ***, _ (kind 0..3).
        var open = new Stack<int>[4];
        for (var i = start; i < end;)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < end && text[i + 1] is '*' or '_' or '\\')
            {
                drop[i - start] = true;
                i += 2;
                continue;
            }

            if (c is not ('*' or '_'))
            {
                i++;
                continue;
            }

            var run = 1;
            while (i + run < end && text[i + run] == c)
                run++;
            var kind = c == '_' ? (run == 1 ? 3 : -1) : (run <= 3 ? run - 1 : -1);
            if (kind >= 0)
            {
                var canClose = i > start && !char.IsWhiteSpace(text[i - 1]);
                var canOpen = i + run < end && !char.IsWhiteSpace(text[i + run]);
                var stack = open[kind] ??= new Stack<int>();
                if (canClose && stack.Count > 0)
                {
                    var opener = stack.Pop();
                    for (var k = 0; k < run; k++)
                    {
                        drop[opener - start + k] = true;
                        drop[i - start + k] = true;
                    }
                }
                else if (canOpen)
                {
                    stack.Push(i);
                }
            }

            i += run;
        }

        for (var i = start; i < end; i++)
        {
            if (!drop[i - start])
                sb.Append(text[i]);
        }
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
