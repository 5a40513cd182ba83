using System.Text.RegularExpressions;

namespace Backlot.Screenplay.Fountain;

/// <summary>
/// The title page: "Key: value" lines at the very top of the file up to the first blank line;
/// indented lines continue the previous key.
/// </summary>
internal static partial class FountainTitlePage
{
    [GeneratedRegex(@"^([A-Za-z][A-Za-z0-9 _\-]*):(.*)$")]
    private static partial Regex KeyLine();

    /// <summary>Reads the title page, if any; <paramref name="bodyStart"/> is the 0-based index of the first line after it.</summary>
    public static List<KeyValuePair<string, string>> Read(FountainSource source, out int bodyStart)
    {
        var entries = new List<KeyValuePair<string, string>>();
        bodyStart = 0;
        if (source.Count == 0 || !LooksLikeTitlePage(source))
            return entries;

        string? key = null;
        var values = new List<string>();
        var i = 0;
        for (; i < source.Count && !source.IsBlank(i); i++)
        {
            if (source.Vanished[i])
                continue;
            var line = source.Line(i).ToString();
            var match = char.IsWhiteSpace(line[0]) ? null : KeyLine().Match(line);
            if (match is { Success: true })
            {
                Flush();
                key = match.Groups[1].Value.Trim();
                AddValue(match.Groups[2].Value);
            }
            else
            {
                AddValue(line);
            }
        }

        Flush();
        bodyStart = i;
        return entries;

        void AddValue(string value)
        {
            if (value.Trim() is { Length: > 0 } v)
                values.Add(v);
        }

        void Flush()
        {
            if (key is not null)
                entries.Add(new(key, string.Join('\n', values)));
            key = null;
            values.Clear();
        }
    }

    // "FADE IN:" alone at the top is a transition, not a title page with a key "FADE IN".
    private static bool LooksLikeTitlePage(FountainSource source)
    {
        var match = KeyLine().Match(source.Line(0).ToString());
        if (!match.Success)
            return false;
        var key = match.Groups[1].Value;
        var lonely = match.Groups[2].Value.Trim().Length == 0 && source.IsBlank(1);
        return !(lonely && !key.Any(char.IsLower));
    }
}
