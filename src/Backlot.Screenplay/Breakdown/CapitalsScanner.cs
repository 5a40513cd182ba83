namespace Backlot.Screenplay.Breakdown;

/// <summary>
/// Finds the words an action paragraph flags in capitals. Left out: text after a colon that starts in capitals
/// and text in quotes or parentheses (signs, labels, titles, "(O.C.)": "The marquee reads: FINAL SHOW"), runs of
/// more than three words (shouted or printed text), words with digits, and single letters ("A", "I").
/// </summary>
internal static class CapitalsScanner
{
    public const int MaxWords = 3;

    private static readonly HashSet<string> Titles = new(["DR.", "MR.", "MRS.", "MS.", "ST.", "LT.", "SGT.", "CAPT.", "COL.", "GEN.", "PROF.", "REV."], StringComparer.Ordinal);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();

    public static List<CapitalRun> Scan(string action)
    {
        var runs = new List<CapitalRun>();
        var run = new List<string>();
        var before = CapitalRun.SentenceStart;
        var quoted = false;
        var bracketed = false;
        var signage = false;
        var afterColon = false;

        // The word before the next token: a marker (SentenceStart, AfterComma) or, lower-cased only when a run
        // starts, the core of the previous token (its place in the text).
        var previous = CapitalRun.SentenceStart;
        var previousWord = (Start: 0, Length: -1);

        void Close(bool exclaimed = false, bool endsSentence = false, bool beforeParenthesis = false)
        {
            if (run.Count is > 0 and <= MaxWords)
                runs.Add(new CapitalRun(run.ToArray(), exclaimed, before, endsSentence, beforeParenthesis));
            run.Clear();
        }

        // Straight quotes for typographic ones: one character for one, so words stay where they are.
        var text = ScriptText.StripEmphasis(action);
        if (text.AsSpan().IndexOfAny('’', '“', '”') >= 0)
            text = text.Replace('’', '\'').Replace('“', '"').Replace('”', '"');

        if (!MayHaveCapitals(text))
            return runs;

        var at = 0;
        while (NextToken(text, ref at) is var (start, length) && length > 0)
        {
            var token = text.AsSpan(start, length);
            if (token[0] is '(' or '[')
            {
                Close(beforeParenthesis: true);
                bracketed = true;
            }

            if (token[0] == '"')
                quoted = true;
            var lead = token.Length - token.TrimStart("\"(['").Length;
            var afterLead = token[lead..];
            var title = afterLead.Length is >= 3 and <= 5 && afterLead[^1] == '.' && TitleLookup.Contains(afterLead);
            var core = title ? afterLead : afterLead.TrimEnd(".,;:!?)]\"'…-—");
            var tail = title ? [] : token[(lead + core.Length)..];

            var capitals = IsCapitals(core);
            if (afterColon && capitals)
                signage = true;
            afterColon = false;

            if (capitals && !quoted && !bracketed && !signage)
            {
                if (run.Count == 0)
                    before = previousWord.Length >= 0 ? text.AsSpan(previousWord.Start, previousWord.Length).ToString().ToLowerInvariant() : previous;
                run.Add(core.ToString());
            }
            else
            {
                Close();
            }

            var endsSentence = tail.IndexOfAny('.', '!', '?') >= 0;
            if (tail.Length > 0)
                Close(tail.Contains('!'), endsSentence);
            afterColon = tail.Contains(':');
            if (endsSentence)
                signage = false;
            if (endsSentence || tail.IndexOfAny(",;:-—") >= 0 || core.Length == 0)
            {
                previous = endsSentence ? CapitalRun.SentenceStart : CapitalRun.AfterComma;
                previousWord = (0, -1);
            }
            else
            {
                previousWord = (start + lead, core.Length);
            }

            if (quoted && tail.Contains('"'))
                quoted = false;
            if (bracketed && tail.IndexOfAny(')', ']') >= 0)
                bracketed = false;
        }

        Close();
        return runs;
    }

    /// <summary>
    /// False when no word of the text can be in capitals: nowhere do two upper-case letters stand together or with
    /// only apostrophes, hyphens and dots between them. Most action paragraphs are skipped so.
    /// </summary>
    private static bool MayHaveCapitals(string text)
    {
        for (var i = 0; i < text.Length - 1; i++)
        {
            if (!char.IsUpper(text[i]))
                continue;
            var j = i + 1;
            while (j < text.Length && text[j] is '\'' or '-' or '.')
                j++;
            if (j < text.Length && char.IsUpper(text[j]))
                return true;
            i = j - 1;
        }

        return false;
    }

    /// <summary>The next run of characters other than white space at or after <paramref name="at"/>; length 0 at the end.</summary>
    private static (int Start, int Length) NextToken(string text, ref int at)
    {
        while (at < text.Length && char.IsWhiteSpace(text[at]))
            at++;
        var start = at;
        while (at < text.Length && !char.IsWhiteSpace(text[at]))
            at++;
        return (start, at - start);
    }

    /// <summary>Two letters or more, all upper case; apostrophes, hyphens and dots allowed; no digits.</summary>
    private static bool IsCapitals(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                    return false;
                letters++;
            }
            else if (c is not ('\'' or '-' or '.'))
            {
                return false;
            }
        }

        return letters >= 2;
    }
}
