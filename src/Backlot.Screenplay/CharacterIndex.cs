namespace Backlot.Screenplay;

/// <summary>Builds the speaking-character list of a script from its character cues; shared by every reader.</summary>
internal static class CharacterIndex
{
    public static List<ParsedCharacter> Collect(IReadOnlyList<ScriptElement> prelude, IReadOnlyList<ParsedScene> scenes)
    {
        var order = new List<string>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var sceneLists = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var seen = new HashSet<(string Name, string Number)>();

        void Count(ScriptElement element, ParsedScene? scene)
        {
            if (element.Kind != ElementKind.Character || element.Character is not { Length: > 0 } name)
                return;
            if (!counts.TryGetValue(name, out var n))
            {
                order.Add(name);
                sceneLists[name] = [];
            }

            counts[name] = n + 1;
            if (scene is not null && seen.Add((name, scene.Number)))
                sceneLists[name].Add(scene.Number);
        }

        // Lines spoken before the first heading (a cold open without one) still count.
        foreach (var element in prelude)
            Count(element, null);
        foreach (var scene in scenes)
        {
            for (var i = 0; i < scene.Elements.Count; i++)
                Count(scene.Elements[i], scene);
        }

        return order.Select(name => new ParsedCharacter(name, counts[name], sceneLists[name])).ToList();
    }
}
