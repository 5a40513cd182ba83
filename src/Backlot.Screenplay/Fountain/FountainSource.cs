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
        var (cleaned, touched) = RemoveHidden(text, notes);
        var lines = SplitLines(cleaned);
        var vanished = new bool[lines.Length];
        for (var i = 0; i < lines.Length; i++)
            vanished[i] = touched.Contains(i) && string.IsNullOrWhiteSpace(lines[i]);
        return new FountainSource(lines, vanished, notes);
    }

    private static string[] SplitLines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace("\t", "    ", StringComparison.Ordinal).Split('\n');

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
            var c = text[i];
            string? close = null;
            if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
                close = "*/";
            else if (c == '[' && i + 1 < text.Length && text[i + 1] == '[' && noteCloseLeft)
                close = "]]";

            if (close is null)
            {
                line += IsLineBreak(text, i) ? 1 : 0;
                sb.Append(c);
                i++;
                continue;
            }

            var end = text.IndexOf(close, i + 2, StringComparison.Ordinal);
            if (end < 0)
            {
                if (close == "*/")
                    throw new ScriptFormatException(line + 1, "boneyard '/*' is never closed with '*/'");
                // An unclosed note is ordinary text.
                noteCloseLeft = false;
                sb.Append(c);
                i++;
                continue;
            }

            if (close == "]]")
                notes.Add(new FountainNote(line, NoteText(text.AsSpan(i + 2, end - i - 2))));
            touched.Add(line);
            for (var j = i; j < end + 2; j++)
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
