using System.Text;

namespace Backlot.Screenplay.Fountain;

/// <summary>
/// The lines of a Fountain file with boneyard (/* */) and notes ([[ ]]) removed. Line numbers are kept:
/// a removed span leaves its line breaks, and a line that held nothing but removed text is marked
/// <see cref="Vanished"/> so the reader skips it instead of seeing a blank line.
/// </summary>
internal sealed class FountainSource
{
    private FountainSource(string[] lines, bool[] vanished)
    {
        Lines = lines;
        Vanished = vanished;
    }

    public string[] Lines { get; }

    public bool[] Vanished { get; }

    public int Count => Lines.Length;

    public bool IsBlank(int index) => index >= Lines.Length || (!Vanished[index] && string.IsNullOrWhiteSpace(Lines[index]));

    public static FountainSource Read(string text)
    {
        var (cleaned, touched) = RemoveHidden(text);
        var lines = SplitLines(cleaned);
        var vanished = new bool[lines.Length];
        for (var i = 0; i < lines.Length; i++)
            vanished[i] = touched.Contains(i) && string.IsNullOrWhiteSpace(lines[i]);
        return new FountainSource(lines, vanished);
    }

    private static string[] SplitLines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');

    /// <summary>Removes boneyard and notes; returns the text and the 0-based lines that had something removed.</summary>
    private static (string Text, HashSet<int> Touched) RemoveHidden(string text)
    {
        var sb = new StringBuilder(text.Length);
        var touched = new HashSet<int>();
        var line = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            string? close = null;
            if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
                close = "*/";
            else if (c == '[' && i + 1 < text.Length && text[i + 1] == '[')
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
                sb.Append(c);
                i++;
                continue;
            }

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

    // "\r\n" counts once, at its '\n'.
    private static bool IsLineBreak(string text, int i) =>
        text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n'));
}
