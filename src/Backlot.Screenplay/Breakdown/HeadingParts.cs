using System.Text.RegularExpressions;

namespace Backlot.Screenplay.Breakdown;

/// <summary>
/// A scene heading's location, time of day and period tags, normalised so that headings written differently
/// for the same set compare equal: "Brick's patio" and "BRICK'S  PATIO - CONTINUOUS" are one location.
/// </summary>
/// <param name="Location">Upper case, spaces collapsed, trailing time, continuity and period parts removed.</param>
/// <param name="TimeOfDay">One of <see cref="KnownTimes"/>, else the heading's last part as written (upper case), or "".</param>
/// <param name="Periods">Period tags: a year or decade ("1973", "1970S") or a word such as FLASHBACK, in heading order.</param>
public sealed partial record HeadingParts(string Location, string TimeOfDay, IReadOnlyList<string> Periods)
{
    /// <summary>The times of day a heading is normalised to.</summary>
    public static IReadOnlyList<string> KnownTimes { get; } =
    [
        "DAY", "NIGHT", "DAWN", "DUSK", "MORNING", "AFTERNOON", "EVENING", "SUNRISE", "SUNSET", "NOON", "MIDNIGHT",
        "MAGIC HOUR", "CONTINUOUS", "LATER", "MOMENTS LATER", "SAME",
    ];

    // Light on the set wins over continuity when a heading has both: "NIGHT - CONTINUOUS" is NIGHT.
    private static readonly HashSet<string> Continuity = new(["CONTINUOUS", "LATER", "MOMENTS LATER", "SAME"], StringComparer.Ordinal);

    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.Ordinal)
    {
        ["NITE"] = "NIGHT",
        ["NIGHTTIME"] = "NIGHT",
        ["DAYTIME"] = "DAY",
        ["FIRST LIGHT"] = "DAWN",
        ["DAYBREAK"] = "DAWN",
        ["TWILIGHT"] = "DUSK",
        ["MIDDAY"] = "NOON",
        ["CONT"] = "CONTINUOUS",
        ["CONT'D"] = "CONTINUOUS",
        ["CONTD"] = "CONTINUOUS",
        ["CONTINUED"] = "CONTINUOUS",
        ["CONTINUOUS ACTION"] = "CONTINUOUS",
        ["SAME TIME"] = "SAME",
        ["SAME MOMENT"] = "SAME",
    };

    private static readonly string[] PeriodWords =
    [
        "FLASHBACK", "FLASH BACK", "FLASH-BACK", "PRESENT DAY", "PRESENT", "PAST", "FUTURE", "DREAM", "NIGHTMARE",
        "FANTASY", "MEMORY", "YEARS AGO", "YEARS EARLIER", "YEARS LATER", "YEARS BEFORE", "BACK TO PRESENT",
    ];

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s+[-–—]+\s+")]
    private static partial Regex Dash();

    [GeneratedRegex(@"\((?<t>[^()]*)\)")]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"^(?:1[0-9]|2[0-9])\d\d(?:S|\s*[-–]\s*(?:1[0-9]|2[0-9])\d\d)?$|^'?\d0S$")]
    private static partial Regex YearOrDecade();

    [GeneratedRegex(@"^(?:A |SOME |A FEW )?(?:MOMENTS?|SECONDS?|MINUTES?) LATER$|^A MOMENT LATER$")]
    private static partial Regex MomentsLater();

    [GeneratedRegex(@"^(?:EARLY|LATE|MID|MID-)\s*(?<t>.+)$")]
    private static partial Regex Modified();

    /// <summary>Reads a parsed scene's location and time of day (the parser splits them at the heading's last " - ").</summary>
    public static HeadingParts From(string location, string timeOfDay)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(timeOfDay);
        var text = Clean(timeOfDay.Length > 0 ? $"{location} - {timeOfDay}" : location);

        var periods = new List<string>();
        text = Parenthesised().Replace(text, m =>
        {
            var inner = Clean(m.Groups["t"].Value);
            if (!IsPeriod(inner))
                return m.Value;
            periods.Add(inner);
            return " ";
        });

        var parts = Dash().Split(Clean(text)).Select(Clean).Where(p => p.Length > 0).ToList();
        var times = new List<string>();
        var tailPeriods = new List<string>();
        while (parts.Count > 1)
        {
            var last = parts[^1];
            if (IsPeriod(last))
                tailPeriods.Insert(0, last);
            else if (KnownTime(last) is { } time)
                times.Insert(0, time);
            else
                break;
            parts.RemoveAt(parts.Count - 1);
        }

        periods.AddRange(tailPeriods);
        var timeOfDayOut = times.FirstOrDefault(t => !Continuity.Contains(t)) ?? times.FirstOrDefault();
        if (timeOfDayOut is null && timeOfDay.Trim().Length > 0 && parts.Count > 1)
        {
            // An unknown last part ("INT. HOUSE - ATTIC") stays what the heading says, as the parser split it.
            timeOfDayOut = parts[^1];
            parts.RemoveAt(parts.Count - 1);
        }

        return new HeadingParts(string.Join(" - ", parts), timeOfDayOut ?? "", periods);
    }

    /// <summary>Upper case, typographic apostrophes made straight, runs of white space collapsed to one space.</summary>
    public static string NormaliseLocation(string location) => From(location, "").Location;

    /// <summary>One of <see cref="KnownTimes"/> when the text is, or is a synonym of, a known time; else null.</summary>
    public static string? KnownTime(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = Clean(text).TrimEnd('.');
        if (KnownTimes.Contains(t, StringComparer.Ordinal))
            return t;
        if (Synonyms.TryGetValue(t, out var synonym))
            return synonym;
        if (MomentsLater().IsMatch(t))
            return "MOMENTS LATER";
        // "LATER THAT NIGHT" is NIGHT; "THREE HOURS LATER" is LATER.
        if (t.StartsWith("LATER ", StringComparison.Ordinal) && KnownTime(t[6..].Replace("THAT ", "", StringComparison.Ordinal)) is { } later)
            return later;
        if (t.EndsWith(" LATER", StringComparison.Ordinal))
            return "LATER";
        if (Modified().Match(t) is { Success: true } m && KnownTime(m.Groups["t"].Value) is { } modified and not "LATER")
            return modified;
        return null;
    }

    private static bool IsPeriod(string text)
    {
        if (YearOrDecade().IsMatch(text))
            return true;
        foreach (var w in PeriodWords)
        {
            if (text.Length < w.Length || !(text.StartsWith(w, StringComparison.Ordinal) || text.EndsWith(w, StringComparison.Ordinal)))
                continue;
            if (text.Length == w.Length)
                return true;
            // "FLASHBACK 1973" or "PRE-WAR FLASHBACK": the word and a space at either end.
            var span = text.AsSpan();
            if ((span.StartsWith(w, StringComparison.Ordinal) && span[w.Length] == ' ') || (span.EndsWith(w, StringComparison.Ordinal) && span[^(w.Length + 1)] == ' '))
                return true;
        }

        return false;
    }

    private static string Clean(string text) =>
        Spaces().Replace(text.Replace('’', '\'').Replace('‘', '\''), " ").Trim().ToUpperInvariant();
}
