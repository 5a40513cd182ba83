namespace Backlot.Screenplay.Breakdown;

/// <summary>
/// Screen time from words. The industry rule is about a minute a page; a formatted page holds about 160–180
/// words of mixed action and dialogue, so without a page measure we count words at <see cref="WordsPerMinute"/>.
/// The heading, action, cues, dialogue, parentheticals and transitions count; notes, sections, synopses and
/// anything else do not.
/// </summary>
public static class ScreenTime
{
    public const int WordsPerMinute = 170;

    /// <summary>Whole seconds, at least one for a scene with a heading.</summary>
    public static TimeSpan Estimate(ParsedScene scene)
    {
        ArgumentNullException.ThrowIfNull(scene);
        var words = ScriptText.CountWords(scene.Heading);
        for (var i = 0; i < scene.Elements.Count; i++)
        {
            var e = scene.Elements[i];
            if (e.Kind is ElementKind.Action or ElementKind.Character or ElementKind.Dialogue or ElementKind.Parenthetical or ElementKind.Transition)
                words += ScriptText.CountWords(e.Text);
        }

        return FromWords(words);
    }

    public static TimeSpan FromWords(int words)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(words);
        return TimeSpan.FromSeconds(Math.Max(words == 0 ? 0 : 1, Math.Round(words * 60.0 / WordsPerMinute)));
    }
}
