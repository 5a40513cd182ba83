using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Backlot.Screenplay;

namespace Backlot.Studio.Scripts;

/// <summary>
/// A scene's printed content in a canonical form: what decides whether two drafts of a scene are the same
/// (<see cref="Hash"/>) and how alike they are (<see cref="Shingles"/>). Emphasis, indentation and line breaks
/// inside a paragraph do not count; notes, synopses, sections and page breaks are not printed, so they do not either.
/// </summary>
internal static class SceneText
{
    private const string KindSeparator = ": ";

    /// <summary>One line per printed paragraph: "Dialogue: Is it?".</summary>
    public static string Of(ParsedScene scene)
    {
        ArgumentNullException.ThrowIfNull(scene);
        var text = new StringBuilder();
        foreach (var element in scene.Elements)
        {
            if (element.Kind is ElementKind.Note or ElementKind.Synopsis or ElementKind.Section or ElementKind.PageBreak)
                continue;
            var plain = Collapse(element.PlainText);
            if (plain.Length == 0)
                continue;
            if (text.Length > 0)
                text.Append('\n');
            text.Append(element.Kind.ToString()).Append(KindSeparator).Append(plain);
        }

        return text.ToString();
    }

    /// <summary>Upper case, runs of white space as one space.</summary>
    public static string Heading(string heading) => Collapse(heading).ToUpperInvariant();

    /// <summary>SHA-256, lower-case hex, of the normalised heading and the text.</summary>
    public static string Hash(string heading, string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Heading(heading) + "\n" + text)));

    /// <summary>
    /// The text's word pairs ("the last", "last reel"…), lower case, punctuation dropped, kind prefixes left out;
    /// a text of one word gives that word.
    /// </summary>
    public static HashSet<string> Shingles(string? text)
    {
        var words = new List<string>();
        foreach (var line in (text ?? "").Split('\n'))
        {
            var start = line.IndexOf(KindSeparator, StringComparison.Ordinal);
            var body = start < 0 ? line : line[(start + KindSeparator.Length)..];
            var word = new StringBuilder();
            foreach (var c in body)
            {
                if (char.IsLetterOrDigit(c) || c == '\'')
                {
                    word.Append(char.ToLowerInvariant(c));
                }
                else if (word.Length > 0)
                {
                    words.Add(word.ToString());
                    word.Clear();
                }
            }

            if (word.Length > 0)
                words.Add(word.ToString());
        }

        var shingles = new HashSet<string>(StringComparer.Ordinal);
        if (words.Count == 1)
            shingles.Add(words[0]);
        for (var i = 0; i + 1 < words.Count; i++)
            shingles.Add(string.Concat(words[i], " ", words[i + 1]));
        return shingles;
    }

    /// <summary>True when the draft carries scene numbers of its own: one of them is not simply its position.</summary>
    public static bool CarriesNumbers(IEnumerable<ParsedScene> scenes) =>
        scenes.Any(s => s.Number != s.Ordinal.ToString(CultureInfo.InvariantCulture));

    private static string Collapse(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
