using System.Buffers;

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

    public static FountainSource Read(ReadOnlySpan<char> text)
    {
        var notes = new List<FountainNote>();
        // Most files have neither boneyard nor notes: their text is split as it is, without a copy.
        if (text.IndexOf("/*", StringComparison.Ordinal) < 0 && text.IndexOf("[[", StringComparison.Ordinal) < 0)
        {
            var plain = SplitLines(text);
            return new FountainSource(plain, new bool[plain.Length], notes);
        }

        // The text without them is never longer; it is written into a rented buffer, not a new string.
        var cleaned = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        try
        {
            var length = RemoveHidden(text, cleaned, notes, out var touched);
            var lines = SplitLines(cleaned.AsSpan(0, length));
            var vanished = new bool[lines.Length];
            foreach (var i in touched)
            {
                if (i < lines.Length)
                    vanished[i] = string.IsNullOrWhiteSpace(lines[i]);
            }

            return new FountainSource(lines, vanished, notes);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(cleaned);
        }
    }

    /// <summary>
    /// The text's lines, split at "\r\n", "\r" or "\n", each tab turned into four spaces; one pass over the text,
    /// one string per line.
    /// </summary>
    private static string[] SplitLines(ReadOnlySpan<char> text)
    {
        var count = 1;
        for (var at = 0; text[at..].IndexOfAny('\r', '\n') is var found and >= 0; count++)
        {
            at += found;
            at += text[at] == '\r' && at + 1 < text.Length && text[at + 1] == '\n' ? 2 : 1;
        }

        var lines = new string[count];
        var rest = text;
        for (var n = 0; n < count; n++)
        {
            var end = rest.IndexOfAny('\r', '\n');
            var line = end < 0 ? rest : rest[..end];
            lines[n] = line.Contains('\t') ? line.ToString().Replace("\t", "    ", StringComparison.Ordinal) : line.ToString();
            if (end >= 0)
                rest = rest[(end + (rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? 2 : 1))..];
        }

        return lines;
    }

    /// <summary>
    /// Writes the text without boneyard and notes into <paramref name="cleaned"/> and returns its length;
    /// <paramref name="touched"/> gets the 0-based lines that had something removed.
    /// </summary>
    private static int RemoveHidden(ReadOnlySpan<char> text, char[] cleaned, List<FountainNote> notes, out HashSet<int> touched)
    {
        touched = [];
        var written = 0;
        var line = 0;
        var i = 0;
        // Once no "]]" is left after some point, none is left after any later one: remembering that keeps
        // a file full of unclosed "[[" linear.
        var noteCloseLeft = true;
        while (i < text.Length)
        {
            var open = NextOpening(text, i, noteCloseLeft);
            var plain = text[i..(open < 0 ? text.Length : open)];
            plain.CopyTo(cleaned.AsSpan(written));
            written += plain.Length;
            line += LineBreaks(text, i, i + plain.Length);
            if (open < 0)
                break;

            var close = text[open] == '/' ? "*/" : "]]";
            var end = text[(open + 2)..].IndexOf(close, StringComparison.Ordinal) is var found and >= 0 ? open + 2 + found : -1;
            if (end < 0)
            {
                if (close == "*/")
                    throw new ScriptFormatException(line + 1, "boneyard '/*' is never closed with '*/'");
                // An unclosed note is ordinary text.
                noteCloseLeft = false;
                cleaned[written++] = text[open];
                i = open + 1;
                continue;
            }

            if (close == "]]")
                notes.Add(new FountainNote(line, NoteText(text[(open + 2)..end])));
            touched.Add(line);
            for (var j = open; j < end + 2; j++)
            {
                if (!IsLineBreak(text, j))
                    continue;
                cleaned[written++] = '\n';
                line++;
                touched.Add(line);
            }

            i = end + 2;
        }

        return written;
    }

    /// <summary>Where the next "/*" (or "[[", while a "]]" may still close it) starts at or after <paramref name="from"/>; -1 if none.</summary>
    private static int NextOpening(ReadOnlySpan<char> text, int from, bool notes)
    {
        for (var p = from; p < text.Length - 1; p++)
        {
            var window = text[p..^1];
            var found = notes ? window.IndexOfAny('/', '[') : window.IndexOf('/');
            if (found < 0)
                return -1;
            p += found;
            if ((text[p] == '/' && text[p + 1] == '*') || (text[p] == '[' && text[p + 1] == '['))
                return p;
        }

        return -1;
    }

    /// <summary>Line breaks among the characters from <paramref name="from"/> up to <paramref name="to"/> ("\r\n" once).</summary>
    private static int LineBreaks(ReadOnlySpan<char> text, int from, int to)
    {
        var count = 0;
        for (var j = from; j < to; j++)
        {
            var found = text[j..to].IndexOfAny('\r', '\n');
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
    private static bool IsLineBreak(ReadOnlySpan<char> text, int i) =>
        text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n'));
}

/// <summary>A note "[[…]]": the 0-based line it starts on and its text, lines trimmed and joined with '\n'.</summary>
internal sealed record FountainNote(int Line, string Text);
