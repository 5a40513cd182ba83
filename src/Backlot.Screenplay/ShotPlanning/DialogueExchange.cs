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
    public IReadOnlyList<string> Speakers { get; } = SpeakersOf(Speeches);

    public int FirstLine => Speeches[0].FirstLine;

    public int LastLine => Speeches[^1].LastLine;

    public int Words { get; } = Speeches.Sum(s => s.Words);

    public static IReadOnlyList<DialogueExchange> Find(IReadOnlyList<ScriptElement> elements)
    {
        var exchanges = new List<DialogueExchange>();
        var speeches = new List<Speech>();
        var actionWords = 0;
        var pendingActionWords = 0;

        // The speech being read: its speaker (null when none is open), lines, words and first words.
        string? speaker = null;
        int firstLine = 0, lastLine = 0, words = 0;
        var firstWords = "";

        for (var i = 0; i < elements.Count; i++)
        {
            var e = elements[i];
            switch (e.Kind)
            {
                case ElementKind.Character when e.Character is { Length: > 0 } cue:
                    Close();
                    if (speeches.Count > 0)
                        actionWords += pendingActionWords;
                    pendingActionWords = 0;
                    (speaker, firstLine, lastLine, words, firstWords) = (cue, e.SourceLine, e.SourceLine, 0, "");
                    break;
                case ElementKind.Dialogue or ElementKind.Lyrics or ElementKind.Parenthetical when speaker is not null && e.Character == speaker:
                    if (e.Kind != ElementKind.Parenthetical)
                    {
                        words += ScriptText.CountWords(e.Text);
                        if (firstWords.Length == 0)
                            firstWords = ScriptText.Plain(e.Text);
                    }

                    lastLine = e.SourceLine;
                    break;
                case ElementKind.Action when ScriptText.CountWords(e.Text) is var actionText && actionText <= BreakingActionWords:
                    Close();
                    pendingActionWords += actionText;
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
            if (speaker is not null)
                speeches.Add(new Speech(speaker, firstLine, lastLine, words, firstWords));
            speaker = null;
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

    private static List<string> SpeakersOf(IReadOnlyList<Speech> speeches)
    {
        var speakers = new List<string>(2);
        foreach (var speech in speeches)
        {
            if (!speakers.Contains(speech.Speaker))
                speakers.Add(speech.Speaker);
        }

        return speakers;
    }
}

/// <summary>One character's cue and what follows it: dialogue, parentheticals, lyrics.</summary>
internal sealed record Speech(string Speaker, int FirstLine, int LastLine, int Words, string FirstWords);
