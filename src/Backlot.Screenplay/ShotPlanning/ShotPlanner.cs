using System.Text;
using Backlot.Domain.Shots;

namespace Backlot.Screenplay.ShotPlanning;

/// <summary>
/// First-cut coverage for a scene: one establishing wide over the action with the speaking cast in frame,
/// then a medium close-up single for each speaking character over that character's lines.
/// The same scene always gives the same plan.
/// </summary>
public static class ShotPlanner
{
    /// <summary>Speech pace used to time dialogue.</summary>
    public const double DialogueWordsPerSecond = 2.5;

    /// <summary>Reading pace used to time action.</summary>
    public const double ActionWordsPerSecond = 3.0;

    public const double MinimumWideSeconds = 4.0;
    public const double MinimumSingleSeconds = 2.0;
    public const double ExteriorWideLensMm = 24.0;
    public const double InteriorWideLensMm = 28.0;
    public const double SingleLensMm = 50.0;

    private const int QuoteLength = 80;

    public static IReadOnlyList<PlannedShot> Plan(ParsedScene scene)
    {
        ArgumentNullException.ThrowIfNull(scene);
        var cast = scene.Cast;
        var exterior = scene.IntExt == "EXT";
        var shots = new List<PlannedShot>(cast.Count + 1)
        {
            new(
                Code(scene.Number, 1),
                1,
                exterior ? ShotSize.EWS : ShotSize.WS,
                "eye",
                exterior ? ExteriorWideLensMm : InteriorWideLensMm,
                cast,
                WideDescription(scene),
                Seconds(WordsOf(scene, ElementKind.Action, null), ActionWordsPerSecond, MinimumWideSeconds)),
        };

        foreach (var name in cast)
        {
            var ordinal = shots.Count + 1;
            var firstLine = scene.Elements.FirstOrDefault(e => e.Kind == ElementKind.Dialogue && e.Character == name);
            var quote = firstLine is null ? "" : ScriptText.Truncate(ScriptText.Plain(firstLine.Text), QuoteLength);
            shots.Add(new PlannedShot(
                Code(scene.Number, ordinal),
                ordinal,
                ShotSize.MCU,
                "eye",
                SingleLensMm,
                [name],
                quote.Length > 0 ? $"{name}: \"{quote}\"" : name,
                Seconds(WordsOf(scene, ElementKind.Dialogue, name), DialogueWordsPerSecond, MinimumSingleSeconds)));
        }

        return shots;
    }

    private static string WideDescription(ParsedScene scene)
    {
        var where = scene.TimeOfDay.Length > 0 ? $"{scene.Location} - {scene.TimeOfDay}" : scene.Location;
        if (where.Length == 0)
            where = scene.Heading;
        return scene.Synopsis.Length > 0 ? $"Establishing: {where}. {scene.Synopsis}" : $"Establishing: {where}.";
    }

    private static int WordsOf(ParsedScene scene, ElementKind kind, string? character) =>
        scene.Elements.Where(e => e.Kind == kind && (character is null || e.Character == character))
            .Sum(e => ScriptText.CountWords(e.Text));

    private static double Seconds(int words, double wordsPerSecond, double minimum) =>
        Math.Max(minimum, Math.Round(words / wordsPerSecond, 1));

    /// <summary>"3" and 1 → "3A"; 26 → "3Z"; 27 → "3AA".</summary>
    private static string Code(string sceneNumber, int ordinal)
    {
        var letters = new StringBuilder();
        for (var n = ordinal; n > 0; n = (n - 1) / 26)
            letters.Insert(0, (char)('A' + ((n - 1) % 26)));
        return sceneNumber + letters;
    }
}
