using System.Buffers;

namespace Backlot.Screenplay.Fountain;

/// <summary>
/// Reads Fountain 1.1 screenplays: title page, scene headings (also forced) with numbers, action (also forced),
/// character cues with extensions, forced and dual cues, parentheticals, dialogue, lyrics, transitions (also
/// forced), centred text, sections, synopses, page breaks and notes. Boneyard is removed. Emphasis and escapes
/// stay in <see cref="ScriptElement.Text"/>; <see cref="ScriptElement.PlainText"/> has them removed.
/// </summary>
public static class FountainParser
{
    /// <summary>Reads a screenplay from its text.</summary>
    /// <exception cref="ScriptFormatException">The text is empty, not text, or has no scene heading.</exception>
    public static ParsedScript Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(text.AsMemory());
    }

    /// <summary>Reads a screenplay file's bytes: UTF-8 (with or without BOM) or UTF-16 LE/BE with BOM.</summary>
    /// <exception cref="ScriptFormatException">The bytes are too many, not text, empty, or have no scene heading.</exception>
    public static ParsedScript Parse(ReadOnlySpan<byte> bytes)
    {
        ScriptParser.CheckSize(bytes.Length);
        var text = FountainDecoder.DecodeRented(bytes, out var length);
        try
        {
            return Parse(text.AsMemory(0, length));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(text);
        }
    }

    private static ParsedScript Parse(ReadOnlyMemory<char> text)
    {
        if (text.Length > 0 && text.Span[0] == '\uFEFF')
            text = text[1..];
        var nul = text.Span.IndexOf('\0');
        if (nul >= 0)
            throw new ScriptFormatException($"not a text file: character {nul} is NUL");
        if (text.Span.IsWhiteSpace())
            throw new ScriptFormatException("the file is empty");

        using var source = FountainSource.Read(text);
        var titlePage = FountainTitlePage.Read(source, out var bodyStart);
        var body = new FountainBodyReader(source).Read(bodyStart);
        if (body.Scenes.Count == 0)
        {
            throw new ScriptFormatException(
                "no scene headings found: a scene starts with a line such as 'INT. KITCHEN - DAY' or '.FORCED HEADING' after a blank line");
        }

        return new ParsedScript(titlePage, body.Scenes, CharacterIndex.Collect(body.Prelude, body.Scenes))
        {
            Prelude = body.Prelude,
            Format = "fountain",
        };
    }
}
