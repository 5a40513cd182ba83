using System.Buffers;
using System.Text;

namespace Backlot.Screenplay;

/// <summary>Small text helpers shared by the readers and the planner.</summary>
internal static class ScriptText
{
    private static readonly SearchValues<char> Markers = SearchValues.Create("*_\\");

    // Lines up to this long are marked on the stack; longer ones rent their buffers.
    private const int StackLine = 256;

    /// <summary>
    /// Removes Fountain emphasis markers (*italic*, **bold**, ***bold italic***, _underline_) that open and close
    /// on the same line, and the backslash of an escaped '*', '_' or '\'. An unpaired marker stays as written.
    /// Linear in the length of the text.
    /// </summary>
    public static string StripEmphasis(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.AsSpan().IndexOfAny(Markers) < 0 ? text : StripMarked(text);
    }

    private static string StripMarked(string text)
    {
        var sb = new StringBuilder(text.Length);
        Span<bool> lineDrop = stackalloc bool[StackLine];
        Span<int> lineStacks = stackalloc int[4 * StackLine];
        foreach (var (start, length) in new LineEnumerator(text))
        {
            if (start > 0)
                sb.Append('\n');
            var line = text.AsSpan(start, length);
            if (line.IndexOfAny(Markers) < 0)
            {
                sb.Append(line);
                continue;
            }

            bool[]? rentedDrop = null;
            int[]? rentedStacks = null;
            var drop = Marks(line, lineDrop, lineStacks, ref rentedDrop, ref rentedStacks);
            var kept = 0;
            for (var i = 0; i < line.Length; i++)
            {
                if (!drop[i])
                    continue;
                sb.Append(line[kept..i]);
                kept = i + 1;
            }

            sb.Append(line[kept..]);
            Return(rentedDrop, rentedStacks);
        }

        return sb.ToString();
    }

    /// <summary>
    /// The number of words <see cref="StripEmphasis"/> leaves, as <c>Split(null, RemoveEmptyEntries)</c> would find
    /// them: runs of characters other than white space, counted without building the stripped text.
    /// </summary>
    public static int CountWords(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.AsSpan().IndexOfAny(Markers) < 0 ? CountRuns(text) : CountMarkedWords(text);
    }

    private static int CountMarkedWords(string text)
    {
        Span<bool> lineDrop = stackalloc bool[StackLine];
        Span<int> lineStacks = stackalloc int[4 * StackLine];
        var words = 0;
        foreach (var (start, length) in new LineEnumerator(text))
        {
            var line = text.AsSpan(start, length);
            if (line.IndexOfAny(Markers) < 0)
            {
                words += CountRuns(line);
                continue;
            }

            // A word can vanish whole ("*_*_" is two closed pairs), so dropped characters are skipped, not counted.
            bool[]? rentedDrop = null;
            int[]? rentedStacks = null;
            var drop = Marks(line, lineDrop, lineStacks, ref rentedDrop, ref rentedStacks);
            var inWord = false;
            for (var i = 0; i < line.Length; i++)
            {
                if (drop[i])
                    continue;
                var white = char.IsWhiteSpace(line[i]);
                if (!white && !inWord)
                    words++;
                inWord = !white;
            }

            Return(rentedDrop, rentedStacks);
        }

        return words;
    }

    /// <summary>Emphasis removed and all runs of white space, line breaks included, collapsed to one space.</summary>
    public static string Plain(string text)
    {
        var stripped = StripEmphasis(text);
        if (IsCollapsed(stripped))
            return stripped;
        var sb = new StringBuilder(stripped.Length);
        var span = stripped.AsSpan();
        var i = 0;
        while (true)
        {
            while (i < span.Length && char.IsWhiteSpace(span[i]))
                i++;
            if (i == span.Length)
                break;
            var start = i;
            while (i < span.Length && !char.IsWhiteSpace(span[i]))
                i++;
            if (sb.Length > 0)
                sb.Append(' ');
            sb.Append(span[start..i]);
        }

        return sb.ToString();
    }

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

    /// <summary>Runs of characters other than white space, as <c>Split(null, RemoveEmptyEntries)</c> finds them.</summary>
    private static int CountRuns(ReadOnlySpan<char> span)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in span)
        {
            var white = char.IsWhiteSpace(c);
            if (!white && !inWord)
                words++;
            inWord = !white;
        }

        return words;
    }

    // Words separated by single spaces, nothing around them: Plain has nothing to do.
    private static bool IsCollapsed(string text)
    {
        var previousSpace = true;
        foreach (var c in text)
        {
            if (c == ' ')
            {
                if (previousSpace)
                    return false;
                previousSpace = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                return false;
            }
            else
            {
                previousSpace = false;
            }
        }

        return text.Length == 0 || !previousSpace;
    }

    /// <summary>The lines of a text split at '\n' (as <c>Split('\n')</c> would), as start and length.</summary>
    private struct LineEnumerator(string text)
    {
        private int _next;

        public (int Start, int Length) Current { get; private set; }

        public readonly LineEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            if (_next > text.Length)
                return false;
            var end = text.IndexOf('\n', _next);
            if (end < 0)
                end = text.Length;
            Current = (_next, end - _next);
            _next = end + 1;
            return true;
        }
    }

    /// <summary>
    /// Marks the characters of one line that are emphasis markers or escapes plain text leaves out: an escape drops
    /// its backslash; for each marker kind (*, **, ***, _) a stack of openers, and a closer pops the nearest opener
    /// of its kind. Buffers too small for the line are rented; <see cref="Return"/> gives them back.
    /// </summary>
    private static Span<bool> Marks(ReadOnlySpan<char> line, Span<bool> lineDrop, Span<int> lineStacks, ref bool[]? rentedDrop, ref int[]? rentedStacks)
    {
        var n = line.Length;
        var drop = n <= lineDrop.Length ? lineDrop[..n] : (rentedDrop = ArrayPool<bool>.Shared.Rent(n)).AsSpan(0, n);
        var stacks = 4 * n <= lineStacks.Length ? lineStacks[..(4 * n)] : (rentedStacks = ArrayPool<int>.Shared.Rent(4 * n)).AsSpan(0, 4 * n);
        drop.Clear();
        Span<int> depth = [0, 0, 0, 0];
        for (var i = 0; i < n;)
        {
            var c = line[i];
            if (c == '\\' && i + 1 < n && line[i + 1] is '*' or '_' or '\\')
            {
                drop[i] = true;
                i += 2;
                continue;
            }

            if (c is not ('*' or '_'))
            {
                i++;
                continue;
            }

            var run = 1;
            while (i + run < n && line[i + run] == c)
                run++;
            var kind = c == '_' ? (run == 1 ? 3 : -1) : (run <= 3 ? run - 1 : -1);
            if (kind >= 0)
            {
                var canClose = i > 0 && !char.IsWhiteSpace(line[i - 1]);
                var canOpen = i + run < n && !char.IsWhiteSpace(line[i + run]);
                var stack = stacks.Slice(kind * n, n);
                if (canClose && depth[kind] > 0)
                {
                    var opener = stack[--depth[kind]];
                    drop.Slice(opener, run).Fill(true);
                    drop.Slice(i, run).Fill(true);
                }
                else if (canOpen)
                {
                    stack[depth[kind]++] = i;
                }
            }

            i += run;
        }

        return drop;
    }

    private static void Return(bool[]? rentedDrop, int[]? rentedStacks)
    {
        if (rentedDrop is not null)
            ArrayPool<bool>.Shared.Return(rentedDrop);
        if (rentedStacks is not null)
            ArrayPool<int>.Shared.Return(rentedStacks);
    }
}
