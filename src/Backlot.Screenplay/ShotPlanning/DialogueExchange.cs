namespace Backlot.Screenplay.ShotPlanning;

/// <summary>
/// A run of dialogue that plays as one piece: consecutive speeches, with at most short bits of action between them.
/// A long action paragraph, a transition, a shot line or a section ends it.
/// </summary>
/// <param name="Speeches">The speeches in order.</param>
/// <param name="ActionWords">Words of the short action paragraphs inside the exchange.</param>
internal sealed record DialogueExchange(IReadOnlyList<Speech> Speeches, int ActionWords)
{
    /// <summary>An action paragraph longer than this many words ends an exchange: the scene moves on.</summary>
    public const int BreakingActionWords = 30;

    /// <summary>Speakers in order of their first speech in the exchange.</summary>
    public IReadOnlyList<string> Speakers => Speeches.Select(s => s.Speaker).Distinct(StringComparer.Ordinal).ToList();

    public int FirstLine => Speeches[0].FirstLine;

    public int LastLine => Speeches[^1].LastLine;

    public int Words => Speeches.Sum(s => s.Words);

    public static IReadOnlyList<DialogueExchange> Find(IReadOnlyList<ScriptElement> elements)
    {
        var exchanges = new List<DialogueExchange>();
        var speeches = new List<Speech>();
        var actionWords = 0;
        var pendingActionWords = 0;
        Speech? open = null;

        foreach (var e in elements)
        {
            switch (e.Kind)
            {
                case ElementKind.Character when e.Character is { Length: > 0 } speaker:
                    Close();
                    if (speeches.Count > 0)
                        actionWords += pendingActionWords;
                    pendingActionWords = 0;
                    open = new Speech(speaker, e.SourceLine, e.SourceLine, 0, "");
                    break;
                case ElementKind.Dialogue or ElementKind.Lyrics or ElementKind.Parenthetical when open is not null && e.Character == open.Speaker:
                    var spoken = e.Kind == ElementKind.Parenthetical ? 0 : ScriptText.CountWords(e.Text);
                    var first = open.FirstWords.Length == 0 && e.Kind != ElementKind.Parenthetical ? ScriptText.Plain(e.Text) : open.FirstWords;
                    open = open with { LastLine = e.SourceLine, Words = open.Words + spoken, FirstWords = first };
                    break;
                case ElementKind.Action when ScriptText.CountWords(e.Text) is var words && words <= BreakingActionWords:
                    Close();
                    pendingActionWords += words;
                    break;
                case ElementKind.Action or ElementKind.Transition or ElementKind.Shot or ElementKind.Section or ElementKind.Centered:
                    EndExchange();
                    break;
                default:
                    break;
            }
        }

        EndExchange();
        return exchanges;

        void Close()
        {
            if (open is not null)
                speeches.Add(open);
            open = null;
        }

        void EndExchange()
        {
            Close();
            if (speeches.Count > 0)
                exchanges.Add(new DialogueExchange([.. speeches], actionWords));
            speeches.Clear();
            actionWords = 0;
            pendingActionWords = 0;
        }
    }
}

/// <summary>One character's cue and what follows it: dialogue, parentheticals, lyrics.</summary>
internal sealed record Speech(string Speaker, int FirstLine, int LastLine, int Words, string FirstWords);
