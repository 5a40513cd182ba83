namespace Backlot.Screenplay.Breakdown;

/// <summary>
/// Breaks a parsed script down scene by scene: INT/EXT, normalised location and time of day, period tags,
/// speaking and non-speaking cast, and the props, vehicles, sounds and effects the action flags in capitals.
/// </summary>
public static class ScriptBreakdown
{
    /// <summary>Builds the breakdown; <paramref name="pages"/>, from a page measure, fills the page and eighths figures.</summary>
    /// <exception cref="ArgumentException"><paramref name="pages"/> does not have one length per scene.</exception>
    public static BreakdownReport Build(ParsedScript script, ScriptPages? pages = null)
    {
        ArgumentNullException.ThrowIfNull(script);
        if (pages is not null && pages.SceneEighths.Count != script.Scenes.Count)
            throw new ArgumentException($"the page measure has {pages.SceneEighths.Count} scene lengths for {script.Scenes.Count} scenes", nameof(pages));

        var classifier = new CapitalsClassifier(script.Characters.Select(c => c.Name));
        // A script comes back to its sets: each heading is read once.
        var headings = new Dictionary<(string Location, string TimeOfDay), HeadingParts>();
        var scenes = new List<SceneBreakdown>(script.Scenes.Count);
        for (var i = 0; i < script.Scenes.Count; i++)
        {
            var scene = script.Scenes[i];
            if (!headings.TryGetValue((scene.Location, scene.TimeOfDay), out var heading))
                headings.Add((scene.Location, scene.TimeOfDay), heading = HeadingParts.From(scene.Location, scene.TimeOfDay));
            scenes.Add(BreakDown(scene, heading, classifier, pages?.SceneEighths[i]));
        }

        var title = script.TitlePage.Select(p => new KeyValuePair<string, string>(p.Key, ScriptText.StripEmphasis(p.Value))).ToList();
        return new BreakdownReport(title, pages?.Pages, scenes, script.Characters, Locations(scenes), CastMatrix.From(scenes));
    }

    /// <summary>One scene on its own; <paramref name="speakingNames"/> are the script's speaking characters, so that a
    /// speaking character named in capitals in action is recognised as such.</summary>
    public static SceneBreakdown BreakDownScene(ParsedScene scene, IEnumerable<string> speakingNames)
    {
        ArgumentNullException.ThrowIfNull(scene);
        ArgumentNullException.ThrowIfNull(speakingNames);
        return BreakDown(scene, HeadingParts.From(scene.Location, scene.TimeOfDay), new CapitalsClassifier(speakingNames), null);
    }

    private static SceneBreakdown BreakDown(ParsedScene scene, HeadingParts heading, CapitalsClassifier classifier, int? eighths)
    {
        var speaking = scene.Cast;
        var nonSpeaking = new List<string>();
        var elements = new List<BreakdownElement>();
        for (var i = 0; i < scene.Elements.Count; i++)
        {
            var action = scene.Elements[i];
            if (action.Kind != ElementKind.Action)
                continue;
            foreach (var run in CapitalsScanner.Scan(action.Text))
            {
                switch (classifier.Classify(run))
                {
                    case { Category: null } person when !speaking.Contains(person.Name) && !nonSpeaking.Contains(person.Name):
                        nonSpeaking.Add(person.Name);
                        break;
                    case { Category: { } category } element when !elements.Exists(e => e.Name == element.Name):
                        elements.Add(new BreakdownElement(element.Name, category, action.SourceLine));
                        break;
                }
            }
        }

        return new SceneBreakdown(
            scene.Ordinal, scene.Number, scene.Heading, scene.IntExt, heading.Location, heading.TimeOfDay, heading.Periods,
            speaking, nonSpeaking, elements, ScreenTime.Estimate(scene), eighths, scene.Synopsis);
    }

    private static List<BreakdownLocation> Locations(List<SceneBreakdown> scenes) =>
        scenes.GroupBy(s => s.Location, StringComparer.Ordinal)
            .Select(g => new BreakdownLocation(
                g.Key,
                g.Select(s => s.IntExt).Distinct(StringComparer.Ordinal).ToList(),
                g.Select(s => s.Number).ToList()))
            .ToList();
}
