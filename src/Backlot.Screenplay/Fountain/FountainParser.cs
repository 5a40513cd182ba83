namespace Backlot.Screenplay.Fountain;

/// <summary>
/// Reads Fountain 1.1 screenplays (first cut): title page, scene headings with numbers, action, character
/// cues with extensions, forced and dual cues, parentheticals, dialogue and transitions. Notes and
/// boneyard are removed; other elements are kept as <see cref="ElementKind.Other"/>.
/// </summary>
public static class FountainParser
{
    /// <summary>Reads a screenplay from its text.</summary>
    /// <exception cref="ScriptFormatException">The text is empty, not text, or has no scene heading.</exception>
    public static ParsedScript Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > 0 && text[0] == '\uFEFF')
            text = text[1..];
        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
            throw new ScriptFormatException($"not a text file: character {nul} is NUL");
        if (string.IsNullOrWhiteSpace(text))
            throw new ScriptFormatException("the file is empty");

        var source = FountainSource.Read(text);
        var titlePage = FountainTitlePage.Read(source, out var bodyStart);
        var body = new FountainBodyReader(source).Read(bodyStart);
        if (body.Scenes.Count == 0)
        {
            throw new ScriptFormatException(
                "no scene headings found: a scene starts with a line such as 'INT. KITCHEN - DAY' or '.FORCED HEADING' after a blank line");
        }

        return new ParsedScript(titlePage, body.Scenes, CollectCharacters(body));
    }

    /// <summary>Reads a screenplay file's bytes: UTF-8 (with or without BOM) or UTF-16 LE/BE with BOM.</summary>
    /// <exception cref="ScriptFormatException">The bytes are not text, are empty, or have no scene heading.</exception>
    public static ParsedScript Parse(ReadOnlySpan<byte> bytes) => Parse(FountainDecoder.Decode(bytes));

    private static List<ParsedCharacter> CollectCharacters(FountainBody body)
    {
        var order = new List<string>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var scenes = new Dictionary<string, List<string>>(StringComparer.Ordinal);

        void Count(ScriptElement element, string? sceneNumber)
        {
            if (element.Kind != ElementKind.Character || element.Character is not { Length: > 0 } name)
                return;
            if (!counts.TryGetValue(name, out var n))
            {
                order.Add(name);
                scenes[name] = [];
            }

            counts[name] = n + 1;
            if (sceneNumber is not null && !scenes[name].Contains(sceneNumber))
                scenes[name].Add(sceneNumber);
        }

        // Lines spoken before the first heading (a cold open without one) still count.
        foreach (var element in body.Prelude)
            Count(element, null);
        foreach (var scene in body.Scenes)
        {
            foreach (var element in scene.Elements)
                Count(element, scene.Number);
        }

        return order.Select(name => new ParsedCharacter(name, counts[name], scenes[name])).ToList();
    }
}
