namespace Backlot.Screenplay;

/// <summary>A scene heading and the paragraphs that follow it, up to the next heading.</summary>
/// <param name="Ordinal">Position in the script, from 1.</param>
/// <param name="Number">The scene number written as "#12A#", else the ordinal as text.</param>
/// <param name="Heading">The heading without a forcing '.' and without the scene number.</param>
/// <param name="IntExt">INT, EXT, INT/EXT or "" (EST counts as EXT).</param>
/// <param name="Location">The heading between the INT/EXT prefix and the last " - ".</param>
/// <param name="TimeOfDay">The heading after the last " - ", or "".</param>
/// <param name="SourceLine">1-based line of the heading.</param>
/// <param name="Elements">The scene's paragraphs, heading excluded.</param>
public sealed record ParsedScene(
    int Ordinal,
    string Number,
    string Heading,
    string IntExt,
    string Location,
    string TimeOfDay,
    int SourceLine,
    IReadOnlyList<ScriptElement> Elements)
{
    private const int SynopsisLength = 200;

    /// <summary>Canonical names of the speaking characters, in order of their first line.</summary>
    public IReadOnlyList<string> Cast =>
        Elements.Where(e => e.Kind == ElementKind.Character && e.Character is { Length: > 0 })
            .Select(e => e.Character!)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>The first action paragraph as plain text, at most about 200 characters.</summary>
    public string Synopsis =>
        Elements.FirstOrDefault(e => e.Kind == ElementKind.Action) is { } action
            ? ScriptText.Truncate(ScriptText.Plain(action.Text), SynopsisLength)
            : "";
}
