using System.Text;

namespace Backlot.Interchange.Otio;

/// <summary>
/// OTIO's own JSON (RapidJSON with NaN/Inf allowed) writes bare <c>NaN</c>, <c>Inf</c>, <c>Infinity</c> and
/// their negatives, which System.Text.Json refuses. Such tokens are carried through the model as a string
/// that starts with a private-use marker and written back as the bare token they were.
/// </summary>
internal static class OtioNonFinite
{
    public const char Marker = '\uE000';

    private static readonly string[] Tokens = ["-Infinity", "Infinity", "-Inf", "Inf", "-NaN", "NaN"];

    public static bool IsMarked(string text) => text.Length > 1 && text[0] == Marker;

    public static string Unmark(string text) => text[1..];

    public static double ToDouble(string token) => token switch
    {
        _ when token.Contains("NaN", StringComparison.Ordinal) => double.NaN,
        _ when token[0] == '-' => double.NegativeInfinity,
        _ => double.PositiveInfinity,
    };

    /// <summary>Rewrites bare non-finite tokens outside strings into marked strings; null when there are none.</summary>
    public static string? Rewrite(string json)
    {
        StringBuilder? output = null;
        var copiedUpTo = 0;
        var inString = false;
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (inString)
            {
                if (c == '\\')
                    i++;
                else if (c == '"')
                    inString = false;
                continue;
            }

            if (c == '"')
            {
                inString = true;
                continue;
            }

            if (c is not ('N' or 'I' or '-'))
                continue;
            var token = TokenAt(json, i);
            if (token is null)
                continue;
            output ??= new StringBuilder(json.Length + 64);
            output.Append(json, copiedUpTo, i - copiedUpTo).Append('"').Append(Marker).Append(token).Append('"');
            i += token.Length - 1;
            copiedUpTo = i + 1;
        }

        return output?.Append(json, copiedUpTo, json.Length - copiedUpTo).ToString();
    }

    private static string? TokenAt(string json, int at)
    {
        foreach (var token in Tokens)
        {
            if (string.CompareOrdinal(json, at, token, 0, token.Length) != 0)
                continue;
            var end = at + token.Length;
            if (end < json.Length && char.IsAsciiLetterOrDigit(json[end]))
                continue;
            return token;
        }

        return null;
    }
}
