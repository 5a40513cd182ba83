using System.Buffers;

namespace Backlot.Screenplay.Fountain;

/// <summary>
/// The lines of a Fountain file with boneyard (/* */) and notes ([[ ]]) removed, tabs turned into four spaces.
/// Line numbers are kept: a removed span leaves its line breaks, and a line that held nothing but removed text
/// is marked <see cref="Vanished"/> so the reader skips it instead of seeing a blank line. The notes themselves
/// are kept in <see cref="Notes"/>.
/// </summary>
internal sealed class FountainSource : IDisposable
{
    private readonly ReadOnlyMemory<char> _text;
    private readonly (int Start, int Length)[] _lines;
    private char[]? _rented;

    private FountainSource(ReadOnlyMemory<char> text, (int Start, int Length)[] lines, bool[] vanished, List<FountainNote> notes, char[]? rented)
    {
        _text = text;
        _lines = lines;
        _rented = rented;
        Vanished = vanished;
        Notes = notes;
    }

    /// <summary>The text the lines are ranges of: boneyard and notes removed, tabs turned into spaces.</summary>
    public ReadOnlySpan<char> Text => _text.Span;

    public bool[] Vanished { get; }

    /// <summary>Notes in file order.</summary>
    public IReadOnlyList<FountainNote> Notes { get; }

    public int Count => _lines.Length;

    /// <summary>A line, without its line break; valid until the source is disposed.</summary>
    public ReadOnlySpan<char> Line(int index) => _text.Span.Slice(_lines[index].Start, _lines[index].Length);

    public bool IsBlank(int index) => index >= _lines.Length || (!Vanished[index] && Line(index).IsWhiteSpace());

    /// <summary>
    /// Reads the lines of <paramref name="text"/>, which must stay unchanged until the source is disposed. Text
    /// with boneyard, notes or tabs is cleaned into a rented buffer, returned by <see cref="Dispose"/>.
    /// </summary>
    public static FountainSource Read(ReadOnlyMemory<char> text)
    {
        var notes = new List<FountainNote>();
        var span = text.Span;
        var hidden = span.IndexOf("/*", StringComparison.Ordinal) >= 0 || span.IndexOf("[[", StringComparison.Ordinal) >= 0;
        var tabs = span.Count('\t');
        // Most files have neither boneyard, notes nor tabs: their lines are ranges of the text as it is.
        if (!hidden && tabs == 0)
        {
            var plain = SplitLines(span);
            return new FountainSource(text, plain, new bool[plain.Length], notes, null);
        }

        // Removing hidden text never lengthens it; each tab takes three more characters.
        var cleaned = ArrayPool<char>.Shared.Rent(Math.Max(1, span.Length + (3 * tabs)));
        try
        {
            HashSet<int> touched = [];
            var length = hidden ? RemoveHidden(span, cleaned, notes, out touched) : Copy(span, cleaned);
            length = ExpandTabs(cleaned, length);
            var lines = SplitLines(cleaned.AsSpan(0, length));
            var vanished = new bool[lines.Length];
            foreach (var i in touched)
            {
                if (i < lines.Length)
                    vanished[i] = cleaned.AsSpan(lines[i].Start, lines[i].Length).IsWhiteSpace();
            }

            return new FountainSource(cleaned.AsMemory(0, length), lines, vanished, notes, cleaned);
        }
        catch
        {
            ArrayPool<char>.Shared.Return(cleaned);
            throw;
        }
    }

    public void Dispose()
    {
        if (_rented is not null)
            ArrayPool<char>.Shared.Return(_rented);
        _rented = null;
    }

    private static int Copy(ReadOnlySpan<char> text, char[] buffer)
    {
        text.CopyTo(buffer);
        return text.Length;
    }

    /// <summary>Turns each tab of the first <paramref name="length"/> characters into four spaces, in place, from the end.</summary>
    private static int ExpandTabs(char[] buffer, int length)
    {
        var tabs = buffer.AsSpan(0, length).Count('\t');
        if (tabs == 0)
            return length;
        var to = length + (3 * tabs);
        for (var from = length - 1; from >= 0; from--)
        {
            if (buffer[from] == '\t')
            {
                to -= 4;
                buffer.AsSpan(to, 4).Fill(' ');
            }
            else
            {
                buffer[--to] = buffer[from];
            }
        }

        return length + (3 * tabs);
    }

    /// <summary>The text's lines as ranges, split at "\r\n", "\r" or "\n".</summary>
    private static (int Start, int Length)[] SplitLines(ReadOnlySpan<char> text)
    {
        var count = 1;
        for (var at = 0; text[at..].IndexOfAny('\r', '\n') is var found and >= 0; count++)
        {
            at += found;
            at += text[at] == '\r' && at + 1 < text.Length && text[at + 1] == '\n' ? 2 : 1;
        }

        var lines = new (int Start, int Length)[count];
        var start = 0;
        for (var n = 0; n < count; n++)
        {
            var end = text[start..].IndexOfAny('\r', '\n');
            lines[n] = (start, end < 0 ? text.Length - start : end);
            if (end >= 0)
                start += end + (text[start + end] == '\r' && start + end + 1 < text.Length && text[start + end + 1] == '\n' ? 2 : 1);
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
