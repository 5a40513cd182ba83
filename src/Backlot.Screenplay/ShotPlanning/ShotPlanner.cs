using Backlot.Domain.Shots;
using Backlot.Screenplay.Breakdown;

namespace Backlot.Screenplay.ShotPlanning;

/// <summary>
/// Proposes coverage an editor recognises: an establishing wide on a new or exterior location; for each dialogue
/// exchange a master (two-shot, or group shot for three or more) and coverage of each speaker (over-the-shoulders
/// in a two-hander, else singles); an insert for each flagged prop; a cut-away for each character in the action who
/// does not speak. Shots are ordered by the first line they cover. The same scene always gives the same plan.
/// </summary>
public static class ShotPlanner
{
    /// <summary>Speech pace used to time dialogue.</summary>
    public const double DialogueWordsPerSecond = 2.5;

    /// <summary>Reading pace used to time action.</summary>
    public const double ActionWordsPerSecond = 3.0;

    public const double MinimumWideSeconds = 4.0;
    public const double MinimumSingleSeconds = 2.0;
    public const double InsertSeconds = 2.0;
    public const double CutAwaySeconds = 2.0;
    public const double ExteriorWideLensMm = 24.0;
    public const double InteriorWideLensMm = 28.0;
    public const double GroupLensMm = 28.0;
    public const double TwoShotLensMm = 35.0;
    public const double SingleLensMm = 50.0;
    public const double OverTheShoulderLensMm = 50.0;
    public const double CutAwayLensMm = 65.0;
    public const double InsertLensMm = 85.0;

    /// <summary>An action paragraph longer than this many words ends a dialogue exchange: the scene moves on.</summary>
    public const int ExchangeBreakWords = DialogueExchange.BreakingActionWords;

    private const int QuoteLength = 80;

    /// <summary>Plans every scene of a script; a scene is at a new location when the one before was elsewhere.</summary>
    public static IReadOnlyList<ScenePlan> PlanScript(ParsedScript script)
    {
        ArgumentNullException.ThrowIfNull(script);
        return PlanScript(script, ScriptBreakdown.Build(script));
    }

    /// <summary>
    /// Plans every scene of a script with a breakdown already built for it (<see cref="ScriptBreakdown.Build"/>, with
    /// or without pages), so that the breakdown is not computed twice.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="breakdown"/> does not have one sheet per scene.</exception>
    public static IReadOnlyList<ScenePlan> PlanScript(ParsedScript script, BreakdownReport breakdown)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(breakdown);
        if (breakdown.Scenes.Count != script.Scenes.Count)
            throw new ArgumentException($"the breakdown has {breakdown.Scenes.Count} scenes for {script.Scenes.Count} scenes in the script", nameof(breakdown));

        var plans = new List<ScenePlan>(script.Scenes.Count);
        string? previous = null;
        for (var i = 0; i < script.Scenes.Count; i++)
        {
            var scene = breakdown.Scenes[i];
            var newLocation = previous is null || !string.Equals(previous, scene.Location, StringComparison.Ordinal);
            plans.Add(new ScenePlan(script.Scenes[i], scene, newLocation, Plan(script.Scenes[i], scene, newLocation)));
            previous = scene.Location;
        }

        return plans;
    }

    /// <summary>
    /// Plans one scene. Without <paramref name="breakdown"/> the scene is broken down on its own (its speakers are
    /// the only known characters); <paramref name="newLocation"/> false drops the establishing wide of an interior
    /// that continues where the scene before was.
    /// </summary>
    public static IReadOnlyList<PlannedShot> Plan(ParsedScene scene, SceneBreakdown? breakdown = null, bool newLocation = true)
    {
        ArgumentNullException.ThrowIfNull(scene);
        breakdown ??= ScriptBreakdown.BreakDownScene(scene, scene.Cast);
        var exchanges = DialogueExchange.Find(scene.Elements);
        var candidates = new List<Candidate>();
        var everyone = Everyone(breakdown);
        var conversation = false;
        foreach (var exchange in exchanges)
            conversation |= exchange.Speakers.Count > 1;

        if (newLocation || scene.IntExt.Contains("EXT", StringComparison.Ordinal) || !conversation)
            Add(Establishing(scene, everyone, exchanges, newLocation), 0);
        foreach (var exchange in exchanges)
        {
            var speakers = exchange.Speakers;
            if (speakers.Count > 1)
                Add(Master(exchange), 1);
            foreach (var speaker in speakers)
                Add(Coverage(exchange, speaker), 2);
        }

        foreach (var name in breakdown.NonSpeakingCast)
            Add(CutAway(scene, name), 3);
        foreach (var element in breakdown.Elements)
        {
            if (element.Category == ElementCategory.Prop)
                Add(Insert(element), 4);
        }

        // By first line, then rank, then the order proposed: a total order, so the sort is stable.
        candidates.Sort(static (a, b) =>
            a.Shot.FirstLine != b.Shot.FirstLine ? a.Shot.FirstLine.CompareTo(b.Shot.FirstLine)
            : a.Rank != b.Rank ? a.Rank.CompareTo(b.Rank)
            : a.Index.CompareTo(b.Index));
        var shots = new List<PlannedShot>(candidates.Count);
        for (var i = 0; i < candidates.Count; i++)
            shots.Add(candidates[i].Shot with { Code = Code(scene.Number, i + 1), Ordinal = i + 1 });
        return shots;

        void Add(PlannedShot shot, int rank) => candidates.Add(new Candidate(shot, rank, candidates.Count));
    }

    /// <summary>The speaking cast, then the non-speaking cast, each name once.</summary>
    private static List<string> Everyone(SceneBreakdown breakdown)
    {
        var everyone = new List<string>(breakdown.SpeakingCast.Count + breakdown.NonSpeakingCast.Count);
        var seen = everyone.Capacity > 16 ? new HashSet<string>(StringComparer.Ordinal) : null;
        foreach (var name in breakdown.SpeakingCast)
            AddOnce(name);
        foreach (var name in breakdown.NonSpeakingCast)
            AddOnce(name);
        return everyone;

        void AddOnce(string name)
        {
            if (seen is not null ? seen.Add(name) : !everyone.Contains(name))
                everyone.Add(name);
        }
    }

    private static PlannedShot Establishing(ParsedScene scene, List<string> everyone, IReadOnlyList<DialogueExchange> exchanges, bool newLocation)
    {
        var exterior = scene.IntExt.Contains("EXT", StringComparison.Ordinal);
        var end = exchanges.Count > 0 ? exchanges[0].FirstLine - 1 : scene.Elements.Count > 0 ? scene.Elements[^1].SourceLine : scene.SourceLine;
        var words = 0;
        for (var i = 0; i < scene.Elements.Count; i++)
        {
            var e = scene.Elements[i];
            if (e.Kind == ElementKind.Action && e.SourceLine <= end)
                words += ScriptText.CountWords(e.Text);
        }

        var where = scene.TimeOfDay.Length > 0 ? $"{scene.Location} - {scene.TimeOfDay}" : scene.Location;
        if (where.Length == 0)
            where = scene.Heading;
        var label = newLocation || exterior ? "Establishing" : "Wide";
        var synopsis = scene.Synopsis;
        return new PlannedShot(
            "", 0, exterior ? ShotSize.EWS : ShotSize.WS, "eye", exterior ? ExteriorWideLensMm : InteriorWideLensMm, everyone,
            synopsis.Length > 0 ? $"{label}: {where}. {synopsis}" : $"{label}: {where}.",
            Seconds(words, ActionWordsPerSecond, MinimumWideSeconds))
        {
            Framing = ShotFraming.Establishing,
            FirstLine = scene.SourceLine,
            LastLine = Math.Max(scene.SourceLine, end),
        };
    }

    private static PlannedShot Master(DialogueExchange exchange)
    {
        var speakers = exchange.Speakers;
        var two = speakers.Count == 2;
        var who = two ? $"{speakers[0]} and {speakers[1]}" : string.Join(", ", speakers);
        return new PlannedShot(
            "", 0, two ? ShotSize.MS : ShotSize.FS, "eye", two ? TwoShotLensMm : GroupLensMm, speakers,
            $"{(two ? "Two-shot" : "Group")}: {who}, from \"{Quote(exchange.Speeches[0].FirstWords, 40)}\" to \"{Quote(exchange.Speeches[^1].FirstWords, 40)}\"",
            Math.Max(MinimumWideSeconds, Math.Round(exchange.Words / DialogueWordsPerSecond + exchange.ActionWords / ActionWordsPerSecond, 1)))
        {
            Framing = two ? ShotFraming.TwoShot : ShotFraming.Group,
            FirstLine = exchange.FirstLine,
            LastLine = exchange.LastLine,
        };
    }

    private static PlannedShot Coverage(DialogueExchange exchange, string speaker)
    {
        Speech? first = null;
        Speech? last = null;
        var words = 0;
        foreach (var speech in exchange.Speeches)
        {
            if (speech.Speaker != speaker)
                continue;
            first ??= speech;
            last = speech;
            words += speech.Words;
        }

        var quote = Quote(first!.FirstWords, QuoteLength);
        var seconds = Seconds(words, DialogueWordsPerSecond, MinimumSingleSeconds);
        var speakers = exchange.Speakers;
        if (speakers.Count == 2)
        {
            var other = speakers[0] == speaker ? speakers[1] : speakers[0];
            return new PlannedShot(
                "", 0, ShotSize.MCU, "eye", OverTheShoulderLensMm, [speaker, other],
                quote.Length > 0 ? $"OTS {speaker} over {other}: \"{quote}\"" : $"OTS {speaker} over {other}", seconds)
            {
                Framing = ShotFraming.OverTheShoulder,
                Subject = speaker,
                FirstLine = first.FirstLine,
                LastLine = last!.LastLine,
            };
        }

        return new PlannedShot(
            "", 0, ShotSize.MCU, "eye", SingleLensMm, [speaker], quote.Length > 0 ? $"{speaker}: \"{quote}\"" : speaker, seconds)
        {
            Framing = ShotFraming.Single,
            Subject = speaker,
            FirstLine = first.FirstLine,
            LastLine = last!.LastLine,
        };
    }

    private static PlannedShot CutAway(ParsedScene scene, string name)
    {
        var action = scene.Elements.FirstOrDefault(e => e.Kind == ElementKind.Action && e.Text.Contains(name, StringComparison.Ordinal));
        var line = action?.SourceLine ?? scene.SourceLine;
        var what = action is null ? "" : Quote(action.Text, 60);
        return new PlannedShot(
            "", 0, ShotSize.MS, "eye", CutAwayLensMm, [name], what.Length > 0 ? $"Cut-away: {name}. {what}" : $"Cut-away: {name}", CutAwaySeconds)
        {
            Framing = ShotFraming.CutAway,
            Subject = name,
            FirstLine = line,
            LastLine = line,
        };
    }

    private static PlannedShot Insert(BreakdownElement prop) =>
        new("", 0, ShotSize.CU, "high", InsertLensMm, [], $"Insert: {prop.Name}", InsertSeconds)
        {
            Framing = ShotFraming.Insert,
            FirstLine = prop.SourceLine,
            LastLine = prop.SourceLine,
        };

    private static string Quote(string text, int max) => ScriptText.Truncate(ScriptText.Plain(text), max);

    private static double Seconds(int words, double wordsPerSecond, double minimum) =>
        Math.Max(minimum, Math.Round(words / wordsPerSecond, 1));

    /// <summary>"3" and 1 → "3A"; 26 → "3Z"; 27 → "3AA".</summary>
    private static string Code(string sceneNumber, int ordinal)
    {
        Span<char> letters = stackalloc char[8];
        var at = letters.Length;
        for (var n = ordinal; n > 0; n = (n - 1) / 26)
            letters[--at] = (char)('A' + ((n - 1) % 26));
        return string.Concat(sceneNumber, letters[at..]);
    }

    private readonly record struct Candidate(PlannedShot Shot, int Rank, int Index);
}
