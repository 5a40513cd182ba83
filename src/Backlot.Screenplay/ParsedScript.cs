namespace Backlot.Screenplay;

/// <summary>A screenplay read from a file: title page, scenes and speaking characters.</summary>
/// <param name="TitlePage">Title page entries in file order; keys as written, continuation lines joined with '\n'.</param>
/// <param name="Scenes">Scenes in script order.</param>
/// <param name="Characters">Speaking characters in order of their first cue.</param>
public sealed record ParsedScript(
    IReadOnlyList<KeyValuePair<string, string>> TitlePage,
    IReadOnlyList<ParsedScene> Scenes,
    IReadOnlyList<ParsedCharacter> Characters)
{
    /// <summary>Paragraphs before the first scene heading ("FADE IN:", a cold open's notes), in file order.</summary>
    public IReadOnlyList<ScriptElement> Prelude { get; init; } = [];

    /// <summary>The format the script was read from: "fountain" or "fdx".</summary>
    public string Format { get; init; } = "fountain";

    /// <summary>The title page's "Title", emphasis markers removed and its lines joined with a space; null when absent.</summary>
    public string? Title
    {
        get
        {
            foreach (var (key, value) in TitlePage)
            {
                if (!key.Equals("Title", StringComparison.OrdinalIgnoreCase))
                    continue;
                var lines = value.Split('\n')
                    .Select(l => ScriptText.StripEmphasis(l).Trim())
                    .Where(l => l.Length > 0);
                var title = string.Join(' ', lines);
                return title.Length > 0 ? title : null;
            }

            return null;
        }
    }
}
