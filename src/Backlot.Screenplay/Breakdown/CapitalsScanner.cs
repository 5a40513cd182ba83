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

    public static List<CapitalRun> Scan(string action)
    {
        var runs = new List<CapitalRun>();
        var run = new List<string>();
        var before = CapitalRun.SentenceStart;
        var previous = CapitalRun.SentenceStart;
        var quoted = false;
        var bracketed = false;
        var signage = false;
        var afterColon = false;

        void Close(bool exclaimed = false, bool endsSentence = false, bool beforeParenthesis = false)
        {
            if (run.Count is > 0 and <= MaxWords)
                runs.Add(new CapitalRun(run.ToArray(), exclaimed, before, endsSentence, beforeParenthesis));
            run.Clear();
        }

        foreach (var raw in ScriptText.StripEmphasis(action).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var token = raw.Replace('’', '\'').Replace('“', '"').Replace('”', '"');
            if (token[0] is '(' or '[')
            {
                Close(beforeParenthesis: true);
                bracketed = true;
            }

            if (token[0] == '"')
                quoted = true;
            var lead = token.Length - token.TrimStart('"', '(', '[', '\'').Length;
            var title = Titles.Contains(token[lead..]);
            var core = title ? token[lead..] : token[lead..].TrimEnd('.', ',', ';', ':', '!', '?', ')', ']', '"', '\'', '…', '-', '—');
            var tail = title ? "" : token[(lead + core.Length)..];

            var capitals = IsCapitals(core);
            if (afterColon && capitals)
                signage = true;
            afterColon = false;

            if (capitals && !quoted && !bracketed && !signage)
            {
                if (run.Count == 0)
                    before = previous;
                run.Add(core);
            }
            else
            {
                Close();
            }

            var endsSentence = tail.IndexOfAny(['.', '!', '?']) >= 0;
            if (tail.Length > 0)
                Close(tail.Contains('!', StringComparison.Ordinal), endsSentence);
            afterColon = tail.Contains(':', StringComparison.Ordinal);
            if (endsSentence)
                signage = false;
            previous = endsSentence ? CapitalRun.SentenceStart
                : tail.IndexOfAny([',', ';', ':', '-', '—']) >= 0 || core.Length == 0 ? CapitalRun.AfterComma
                : core.ToLowerInvariant();

            if (quoted && tail.Contains('"', StringComparison.Ordinal))
                quoted = false;
            if (bracketed && tail.IndexOfAny([')', ']']) >= 0)
                bracketed = false;
        }

        Close();
        return runs;
    }

    /// <summary>Two letters or more, all upper case; apostrophes, hyphens and dots allowed; no digits.</summary>
    private static bool IsCapitals(string word)
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
