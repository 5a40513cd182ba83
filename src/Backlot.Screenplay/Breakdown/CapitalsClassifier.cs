using static Backlot.Screenplay.Breakdown.BreakdownVocabulary;

namespace Backlot.Screenplay.Breakdown;

/// <summary>
/// Decides whether a run of capitals in action is a person (speaking or not) or an element, and which kind.
/// Conservative: a head noun found in a sound, vehicle, effect or prop list is an element, never cast.
/// </summary>
internal sealed class CapitalsClassifier
{
    private readonly List<string[]> _speaking;

    public CapitalsClassifier(IEnumerable<string> speakingNames)
    {
        // Longest names first, so "YOUNG EDWARD" is tried before "EDWARD".
        _speaking = speakingNames.Select(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length > 0)
            .OrderByDescending(w => w.Length)
            .ToList();
    }

    /// <summary>A person ("JUNE", or a speaking character's canonical name), an element, or null for markup and emphasis.</summary>
    public Flagged? Classify(CapitalRun found)
    {
        if (Markup.Contains(found.Text) || Trim(found) is not { } run || Markup.Contains(run.Text))
            return null;
        var words = run.Words.Select(CapitalRun.StripPossessive).ToArray();
        var person = string.Join(' ', words);
        var head = run.Head;
        var determined = Determiners.Contains(run.Before);

        if (Speaker(words, exactOnly: true) is { } exact)
            return new Flagged(exact, null);
        if (run.Exclaimed || (BreakdownVocabulary.Contains(Sounds, head) && !(determined && BreakdownVocabulary.Contains(Props, head))))
            return new Flagged(run.Text, ElementCategory.Sound);
        if (BreakdownVocabulary.Contains(Vehicles, head))
            return new Flagged(run.Text, ElementCategory.Vehicle);
        if (BreakdownVocabulary.Contains(Effects, head))
            return new Flagged(run.Text, ElementCategory.Effect);
        if (BreakdownVocabulary.Contains(Props, head) || run.HasOwner)
            return new Flagged(run.Text, ElementCategory.Prop);
        if (Speaker(words, exactOnly: false) is { } speaker)
            return new Flagged(speaker, null);
        if (BreakdownVocabulary.Contains(People, head))
            return new Flagged(person, null);
        if (determined)
            return new Flagged(run.Text, ElementCategory.Prop);

        // An unknown word alone as a sentence is a noise ("KRUMF."); one in the middle of a clause is
        // emphasis ("Steel SMACKS him"); a name stands where a subject or an object does.
        if (run.IsSentence && run.Words.Count == 1)
            return new Flagged(run.Text, ElementCategory.Sound);
        return run.BeforeParenthesis || NameContexts.Contains(run.Before) ? new Flagged(person, null) : null;
    }

    /// <summary>The run without stop words or markup at either end; null when nothing is left.</summary>
    private static CapitalRun? Trim(CapitalRun run)
    {
        var words = run.Words.ToList();
        var before = run.Before;
        while (words.Count > 0 && IsNoise(words[0]))
        {
            before = words[0].ToLowerInvariant();
            words.RemoveAt(0);
        }

        while (words.Count > 0 && IsNoise(words[^1]))
            words.RemoveAt(words.Count - 1);
        return words.Count == 0 ? null : run with { Words = words, Before = before };

        static bool IsNoise(string word) => StopWords.Contains(word) || Markup.Contains(word);
    }

    // "MAYA OKAFOR" is MAYA and "GRAHAM HOLLIS" is HOLLIS, but "YOUNG EDWARD" is not EDWARD.
    private string? Speaker(string[] words, bool exactOnly)
    {
        foreach (var name in _speaking)
        {
            if (name.Length > words.Length)
                continue;
            if (words.AsSpan().SequenceEqual(name))
                return string.Join(' ', name);
            if (exactOnly)
                continue;
            if (words.AsSpan(0, name.Length).SequenceEqual(name))
                return string.Join(' ', name);
            var extra = words.Length - name.Length;
            if (words.AsSpan(extra).SequenceEqual(name) && !words.Take(extra).Any(NameModifiers.Contains))
                return string.Join(' ', name);
        }

        return null;
    }
}
