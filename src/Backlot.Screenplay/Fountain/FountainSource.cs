using System.Text;

namespace Backlot.Screenplay.Fountain;

/// <summary>
/// The lines of a Fountain file with boneyard (/* */) and notes ([[ ]]) removed, tabs turned into four spaces.
/// Line numbers are kept: a removed span leaves its line breaks, and a line that held nothing but removed text
/// is marked <see cref="Vanished"/> so the reader skips it instead of seeing a blank line. The notes themselves
/// are kept in <see cref="Notes"/>.
/// </summary>
internal sealed class FountainSource
{
    private FountainSource(string[] lines, bool[] vanished, List<FountainNote> notes)
    {
        Lines = lines;
        Vanished = vanished;
        Notes = notes;
    }

    public string[] Lines { get; }

    public bool[] Vanished { get; }

    /// <summary>Notes in file order.</summary>
    public IReadOnlyList<FountainNote> Notes { get; }

    public int Count => Lines.Length;

    public bool IsBlank(int index) => index >= Lines.Length || (!Vanished[index] && string.IsNullOrWhiteSpace(Lines[index]));

    public static FountainSource Read(string text)
    {
        var notes = new List<FountainNote>();
        // Most files have neither boneyard nor notes: their text is split as it is, without a copy.
        var hidden = text.Contains("/*", StringComparison.Ordinal) || text.Contains("[[", StringComparison.Ordinal);
        var (cleaned, touched) = hidden ? RemoveHidden(text, notes) : (text, []);
        var lines = SplitLines(cleaned);
        var vanished = new bool[lines.Length];
        foreach (var i in touched)
        {
            if (i < lines.Length)
                vanished[i] = string.IsNullOrWhiteSpace(lines[i]);
        }
        return new FountainSource(lines, vanished, notes);
    }

    /// <summary>
    /// The text's lines, split at "\r\n", "\r" or "\n", each tab turned into four spaces; one pass over the text,
    /// one string per line.
    /// </summary>
    private static string[] SplitLines(string text)
    {
        var lines = new List<string>(text.Length / 32);
        var start = 0;
        while (true)
        {
            var rest = text.AsSpan(start);
            var end = rest.IndexOfAny('\r', '\n');
            var line = end < 0 ? rest : rest[..end];
            lines.Add(line.Contains('\t') ? line.ToString().Replace("\t", "    ", StringComparison.Ordinal) : line.ToString());
            if (end < 0)
                break;
            start += end + (rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? 2 : 1);
        }

        return [.. lines];
    }

    /// <summary>Removes boneyard and notes; returns the text and the 0-based lines that had something removed.</summary>
    private static (string Text, HashSet<int> Touched) RemoveHidden(string text, List<FountainNote> notes)
    {
        var sb = new StringBuilder(text.Length);
        var touched = new HashSet<int>();
        var line = 0;
        var i = 0;
        // Once no "]]" is left after some point, none is left after any later one: remembering that keeps
        // a file full of unclosed "[[" linear.
        var noteCloseLeft = true;
        while (i < text.Length)
        {
            var open = NextOpening(text, i, noteCloseLeft);
            var plain = (open < 0 ? text.Length : open) - i;
            sb.Append(text.AsSpan(i, plain));
            line += LineBreaks(text, i, i + plain);
            if (open < 0)
                break;

            var close = text[open] == '/' ? "*/" : "]]";
            var end = text.IndexOf(close, open + 2, StringComparison.Ordinal);
            if (end < 0)
            {
                if (close == "*/")
                    throw new ScriptFormatException(line + 1, "boneyard '/*' is never closed with '*/'");
                // An unclosed note is ordinary text.
                noteCloseLeft = false;
                sb.Append(text[open]);
                i = open + 1;
                continue;
            }

            if (close == "]]")
                notes.Add(new FountainNote(line, NoteText(text.AsSpan(open + 2, end - open - 2))));
            touched.Add(line);
            for (var j = open; j < end + 2; j++)
            {
                if (!IsLineBreak(text, j))
                    continue;
                sb.Append('\n');
                line++;
                touched.Add(line);
            }

            i = end + 2;
        }

        return (sb.ToString(), touched);
    }

    /// <summary>Where the next "/*" (or "[[", while a "]]" may still close it) starts at or after <paramref name="from"/>; -1 if none.</summary>
    private static int NextOpening(string text, int from, bool notes)
    {
        for (var p = from; p < text.Length - 1; p++)
        {
            var found = notes ? text.AsSpan(p, text.Length - 1 - p).IndexOfAny('/', '[') : text.AsSpan(p, text.Length - 1 - p).IndexOf('/');
            if (found < 0)
                return -1;
            p += found;
            if ((text[p] == '/' && text[p + 1] == '*') || (text[p] == '[' && text[p + 1] == '['))
                return p;
        }

        return -1;
    }

    /// <summary>Line breaks among the characters from <paramref name="from"/> up to <paramref name="to"/> ("\r\n" once).</summary>
    private static int LineBreaks(string text, int from, int to)
    {
        var count = 0;
        for (var j = from; j < to; j++)
        {
            var found = text.AsSpan(j, to - j).IndexOfAny('\r', '\n');
            if (found < 0)
                break;
            j += found;
            count += IsLineBreak(text, j) ? 1 : 0;
        }

        return count;
    }

    private static string NoteText(ReadOnlySpan<char> inner)
    {
        var lines = inner.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        return string.Join('\n', lines.Select(l => l.Trim())).Trim();
    }

    // "\r\n" counts once, at its '\n'.
    private static bool IsLineBreak(string text, int i) =>
        text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n'));
}

/// <summary>A note "[[…]]": the 0-based line it starts on and its text, lines trimmed and joined with '\n'.</summary>
internal sealed record FountainNote(int Line, string Text);
