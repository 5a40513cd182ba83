using Backlot.Domain.Characters;

namespace Backlot.Screenplay.Fountain;

/// <summary>Reads the lines after the title page into scenes of elements, line by line.</summary>
internal sealed class FountainBodyReader(FountainSource source)
{
    private readonly List<ParsedScene> _scenes = [];
    private readonly List<ScriptElement> _prelude = [];
    private List<ScriptElement> _elements = [];
    private FountainSceneHeading.Heading? _heading;
    private int _headingLine;

    // The paragraph being gathered: consecutive action lines, or consecutive dialogue lines.
    private ElementKind? _kind;
    private readonly List<string> _lines = [];
    private int _paragraphLine;
    private string? _speaker;

    public FountainBody Read(int start)
    {
        _elements = _prelude;
        var afterBlank = true;
        for (var i = start; i < source.Count; i++)
        {
            if (source.Vanished[i])
                continue;
            var line = source.Lines[i];
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                // Two spaces alone keep a dialogue going across an intended empty line.
                if (_speaker is not null && line == "  ")
                {
                    AddLine(ElementKind.Dialogue, "", i);
                    continue;
                }

                Flush();
                _speaker = null;
                afterBlank = true;
                continue;
            }

            if (_speaker is not null)
                ReadDialogueLine(trimmed, i);
            else
                ReadLine(line, trimmed, i, afterBlank);
            afterBlank = false;
        }

        Flush();
        CloseScene();
        return new FountainBody(_prelude, _scenes);
    }

    private void ReadDialogueLine(string trimmed, int i)
    {
        if (trimmed[0] == '(' && trimmed[^1] == ')')
            Emit(ElementKind.Parenthetical, trimmed, i, _speaker);
        else
            AddLine(ElementKind.Dialogue, trimmed, i);
    }

    private void ReadLine(string line, string trimmed, int i, bool afterBlank)
    {
        var beforeBlank = source.IsBlank(i + 1);
        if (afterBlank && FountainSceneHeading.IsHeading(trimmed))
        {
            Flush();
            CloseScene();
            _heading = FountainSceneHeading.Split(trimmed);
            _headingLine = i + 1;
            _elements = [];
            return;
        }

        if (afterBlank && IsTransition(trimmed, beforeBlank))
        {
            Emit(ElementKind.Transition, trimmed[0] == '>' ? trimmed[1..].Trim() : trimmed, i, null);
            return;
        }

        if (IsOther(trimmed))
        {
            Emit(ElementKind.Other, trimmed, i, null);
            return;
        }

        if (afterBlank && !beforeBlank && IsCue(trimmed))
        {
            _speaker = Character.CanonicalName(trimmed);
            Emit(ElementKind.Character, trimmed, i, _speaker);
            return;
        }

        var text = trimmed[0] == '!' ? line.TrimStart()[1..].TrimEnd() : line.TrimEnd();
        AddLine(ElementKind.Action, text, i);
    }

    private static bool IsTransition(string trimmed, bool beforeBlank)
    {
        if (trimmed[0] == '>')
            return trimmed[^1] != '<';
        return beforeBlank && trimmed.EndsWith("TO:", StringComparison.Ordinal) && !trimmed.Any(char.IsLower);
    }

    /// <summary>A forced "@name", or a name in capitals with at least one letter; extensions may be in any case.</summary>
    private static bool IsCue(string trimmed)
    {
        if (trimmed[0] == '@')
            return trimmed.Length > 1;
        if (trimmed[0] is '!' or '>' or '.')
            return false;
        var name = trimmed.TrimEnd('^').TrimEnd();
        var paren = name.IndexOf('(', StringComparison.Ordinal);
        if (paren >= 0)
            name = name[..paren];
        return name.Any(char.IsUpper) && !name.Any(char.IsLower);
    }

    // Centred text, page breaks, synopses, sections and lyrics: kept, not yet modelled.
    private static bool IsOther(string trimmed) =>
        (trimmed.Length > 1 && trimmed[0] == '>' && trimmed[^1] == '<') || trimmed[0] is '=' or '#' or '~';

    private void AddLine(ElementKind kind, string text, int i)
    {
        if (_kind != kind)
        {
            Flush();
            _kind = kind;
            _paragraphLine = i + 1;
        }

        _lines.Add(text);
    }

    private void Emit(ElementKind kind, string text, int i, string? character)
    {
        Flush();
        _elements.Add(new ScriptElement(kind, text, i + 1, character));
    }

    private void Flush()
    {
        if (_kind is not { } kind)
            return;
        var character = kind == ElementKind.Dialogue ? _speaker : null;
        _elements.Add(new ScriptElement(kind, string.Join('\n', _lines), _paragraphLine, character));
        _kind = null;
        _lines.Clear();
    }

    private void CloseScene()
    {
        if (_heading is not { } h)
            return;
        var ordinal = _scenes.Count + 1;
        var number = h.Number ?? ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _scenes.Add(new ParsedScene(ordinal, number, h.Text, h.IntExt, h.Location, h.TimeOfDay, _headingLine, _elements));
        _heading = null;
    }
}
