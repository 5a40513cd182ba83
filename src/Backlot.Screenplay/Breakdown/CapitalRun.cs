namespace Backlot.Screenplay.Breakdown;

/// <summary>1–3 consecutive words in capitals inside an action paragraph, with what stands around them.</summary>
/// <param name="Words">The words, upper case, punctuation around them removed ("WALT'S", "BUICK").</param>
/// <param name="Exclaimed">Followed by '!' ("BANG!").</param>
/// <param name="Before">
/// The word just before the run, lower case; <see cref="SentenceStart"/> when the run opens a sentence, or
/// <see cref="AfterComma"/> when a comma, semicolon, colon or dash comes before it.
/// </param>
/// <param name="EndsSentence">A '.', '!' or '?' closes the run.</param>
/// <param name="BeforeParenthesis">An opening parenthesis follows: "JUNE (20s)".</param>
internal sealed record CapitalRun(IReadOnlyList<string> Words, bool Exclaimed, string Before, bool EndsSentence, bool BeforeParenthesis)
{
    public const string SentenceStart = ".";
    public const string AfterComma = ",";

    public string Text => string.Join(' ', Words);

    /// <summary>The last word without a possessive "'S": the noun the run is about.</summary>
    public string Head => StripPossessive(Words[^1]);

    /// <summary>A word before the last one is a possessive: "WALT'S BUICK" is about a thing, not a person.</summary>
    public bool HasOwner => Words.Take(Words.Count - 1).Any(IsPossessive);

    /// <summary>The run is a sentence on its own: "KRUMF."</summary>
    public bool IsSentence => Before == SentenceStart && EndsSentence;

    public static bool IsPossessive(string word) => word.EndsWith("'S", StringComparison.Ordinal);

    public static string StripPossessive(string word) => IsPossessive(word) ? word[..^2] : word;
}
