using System.Text.RegularExpressions;

namespace Backlot.Screenplay.Fountain;

/// <summary>Recognises a scene heading line and splits it into number, INT/EXT, location and time of day.</summary>
internal static partial class FountainSceneHeading
{
    [GeneratedRegex(@"^(?<p>INT\.?/EXT|EXT\.?/INT|I/E|INT|EXT|EST)(?:\.|\s)", RegexOptions.IgnoreCase)]
    private static partial Regex Prefix();

    public sealed record Heading(string Text, string? Number, string IntExt, string Location, string TimeOfDay);

    /// <summary>True for "INT. HOUSE - DAY" (any case) and a forced ".HEADING", but not "..." .</summary>
    public static bool IsHeading(ReadOnlySpan<char> trimmed) =>
        Prefix().IsMatch(trimmed) || (trimmed.Length > 1 && trimmed[0] == '.' && char.IsLetterOrDigit(trimmed[1]));

    public static Heading Split(string trimmed)
    {
        var text = trimmed;
        var forced = text[0] == '.' && !Prefix().IsMatch(text);
        if (forced)
            text = text[1..];

        // "#12A#" at the end; found without a regex so that a long heading stays linear.
        string? number = null;
        var open = text.Length >= 3 && text[^1] == '#' ? text.LastIndexOf('#', text.Length - 2) : -1;
        if (open >= 0 && open < text.Length - 2 && text.AsSpan(open + 1, text.Length - open - 2).IndexOfAny(" \t\u00A0") < 0)
        {
            number = text[(open + 1)..^1];
            text = text[..open];
        }

        text = text.Trim();
        var rest = text;
        var intExt = "";
        var prefix = Prefix().Match(text);
        if (prefix.Success)
        {
            intExt = NormalisePrefix(prefix.Groups["p"].Value);
            rest = text[prefix.Length..].Trim();
        }

        var dash = rest.LastIndexOf(" - ", StringComparison.Ordinal);
        return dash < 0
            ? new Heading(text, number, intExt, rest, "")
            : new Heading(text, number, intExt, rest[..dash].Trim(), rest[(dash + 3)..].Trim());
    }

    private static string NormalisePrefix(string prefix) => prefix.ToUpperInvariant() switch
    {
        "INT" => "INT",
        "EXT" or "EST" => "EXT",
        _ => "INT/EXT",
    };
}
