using System.Globalization;
using Backlot.Domain.Characters;

namespace Backlot.Screenplay.Fountain;

/// <summary>Reads the lines after the title page into scenes of elements, line by line, in one pass.</summary>
internal sealed class FountainBodyReader(FountainSource source)
{
    private readonly List<ParsedScene> _scenes = [];
    private readonly List<ScriptElement> _prelude = [];
    private List<ScriptElement> _elements = [];
    private FountainSceneHeading.Heading? _heading;
    private int _headingLine;

    // The paragraph being gathered: consecutive lines of one kind (action, dialogue, lyrics, centred text).
    private ElementKind? _kind;
    private readonly List<(int Start, int Length)> _lines = []; // ranges of the source's text
    private int _paragraphLine;
    private string? _speaker;
    private DualPosition _dual;

    // Notes wait until the paragraph they sit in is closed, so that a note never splits a paragraph.
    private readonly List<ScriptElement> _pendingNotes = [];
    private int _nextNote;

    public FountainBody Read(int start)
    {
        _elements = _prelude;
        while (_nextNote < source.Notes.Count && source.Notes[_nextNote].Line < start)
            _nextNote++;
        var afterBlank = true;
        for (var i = start; i < source.Count; i++)
        {
            if (source.Vanished[i])
            {
                TakeNotes(i);
                EmitNotesIfIdle();
                continue;
            }

            var line = source.Line(i);
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                // Two spaces alone keep a dialogue going across an intended empty line.
                if (_speaker is not null && line.SequenceEqual("  "))
                {
                    AddLine(ElementKind.Dialogue, [], i);
                    continue;
                }

                TakeNotes(i);
                Flush();
                _speaker = null;
                _dual = DualPosition.None;
                afterBlank = true;
                continue;
            }

            if (_speaker is not null)
                ReadDialogueLine(trimmed, i);
            else
                ReadLine(line, trimmed, i, afterBlank);
            afterBlank = false;
            // Notes are taken after their line, so that a note on a heading line lands in the new scene.
            TakeNotes(i);
            EmitNotesIfIdle();
        }

        TakeNotes(source.Count);
        Flush();
        CloseScene();
        return new FountainBody(_prelude, _scenes);
    }

    private void ReadDialogueLine(ReadOnlySpan<char> trimmed, int i)
    {
        if (trimmed[0] == '(' && trimmed[^1] == ')')
            Emit(ElementKind.Parenthetical, trimmed, i, _speaker);
        else if (trimmed[0] == '~')
            AddLine(ElementKind.Lyrics, trimmed[1..].TrimStart(), i);
        else
            AddLine(ElementKind.Dialogue, trimmed, i);
    }

    private void ReadLine(ReadOnlySpan<char> line, ReadOnlySpan<char> trimmed, int i, bool afterBlank)
    {
        var beforeBlank = source.IsBlank(i + 1);
        if (afterBlank && FountainSceneHeading.IsHeading(trimmed))
        {
            Flush();
            CloseScene();
            _heading = FountainSceneHeading.Split(trimmed.ToString());
            _headingLine = i + 1;
            _elements = [];
            return;
        }

        switch (trimmed[0])
        {
            case '!':
                AddLine(ElementKind.Action, line.TrimStart()[1..].TrimEnd(), i);
                return;
            case '>' when trimmed.Length > 1 && trimmed[^1] == '<':
                AddLine(ElementKind.Centered, trimmed[1..^1].Trim(), i);
                return;
            case '>' when afterBlank:
                Emit(ElementKind.Transition, trimmed[1..].Trim(), i, null);
                return;
            case '=' when trimmed.Length >= 3 && trimmed.IndexOfAnyExcept('=') < 0:
                Emit(ElementKind.PageBreak, "", i, null);
                return;
            case '=':
                Emit(ElementKind.Synopsis, trimmed[1..].Trim(), i, null);
                return;
            case '#':
                var level = trimmed.IndexOfAnyExcept('#') is var n and >= 0 ? n : trimmed.Length;
                Flush();
                _elements.Add(new ScriptElement(ElementKind.Section, trimmed[level..].Trim().ToString(), i + 1) { Level = level });
                return;
            case '~':
                AddLine(ElementKind.Lyrics, trimmed[1..].TrimStart(), i);
                return;
        }

        if (afterBlank && beforeBlank && IsTransition(trimmed))
        {
            Emit(ElementKind.Transition, trimmed, i, null);
            return;
        }

        if (afterBlank && !beforeBlank && IsCue(trimmed))
        {
            StartDialogue(trimmed, i);
            return;
        }

        AddLine(ElementKind.Action, line.TrimEnd(), i);
    }

    private void StartDialogue(ReadOnlySpan<char> line, int i)
    {
        Flush();
        var cue = line.ToString();
        _speaker = Character.CanonicalName(cue);
        _dual = cue[^1] == '^' && MarkPreviousBlockLeft() ? DualPosition.Right : DualPosition.None;
        Emit(ElementKind.Character, cue, i, _speaker);
    }

    /// <summary>Marks the dialogue block just before a "^" cue as the left column; false when there is none.</summary>
    private bool MarkPreviousBlockLeft()
    {
        var cue = _elements.Count - 1;
        while (cue >= 0 && _elements[cue].Kind is ElementKind.Parenthetical or ElementKind.Dialogue or ElementKind.Lyrics or ElementKind.Note)
            cue--;
        if (cue < 0 || _elements[cue].Kind != ElementKind.Character || _elements[cue].Dual != DualPosition.None)
            return false;
        for (var k = cue; k < _elements.Count; k++)
        {
            if (_elements[k].Kind != ElementKind.Note)
                _elements[k] = _elements[k] with { Dual = DualPosition.Left };
        }

        return true;
    }

    // "FADE OUT." and its kin end a script without "TO:"; fountain.js and afterwriting read them as transitions too.
    private static bool IsTransition(ReadOnlySpan<char> trimmed) =>
        (trimmed.EndsWith("TO:", StringComparison.Ordinal) && !HasLower(trimmed))
        || trimmed is "FADE OUT." or "FADE TO BLACK." or "CUT TO BLACK.";

    /// <summary>A forced "@name", or a name in capitals with at least one letter; extensions may be in any case.</summary>
    private static bool IsCue(ReadOnlySpan<char> trimmed)
    {
        if (trimmed[0] == '@')
            return trimmed.Length > 1;
        if (trimmed[0] is '!' or '>' or '.' or '(')
            return false;
        var name = trimmed.TrimEnd('^').TrimEnd();
        var paren = name.IndexOf('(');
        if (paren >= 0)
            name = name[..paren];
        return HasUpper(name) && !HasLower(name);
    }

    private static bool HasLower(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLower(c))
                return true;
        }

        return false;
    }

    private static bool HasUpper(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsUpper(c))
                return true;
        }

        return false;
    }

    private void TakeNotes(int i)
    {
        for (; _nextNote < source.Notes.Count && source.Notes[_nextNote].Line <= i; _nextNote++)
        {
            var note = source.Notes[_nextNote];
            _pendingNotes.Add(new ScriptElement(ElementKind.Note, note.Text, note.Line + 1));
        }
    }

    private void EmitNotesIfIdle()
    {
        if (_kind is null && _pendingNotes.Count > 0)
        {
            _elements.AddRange(_pendingNotes);
            _pendingNotes.Clear();
        }
    }

    /// <summary>Adds a line to the paragraph; <paramref name="text"/> is part of a source line, or empty.</summary>
    private void AddLine(ElementKind kind, ReadOnlySpan<char> text, int i)
    {
        if (_kind != kind)
        {
            Flush();
            _kind = kind;
            _paragraphLine = i + 1;
        }

        _lines.Add(text.IsEmpty ? (0, 0) : (source.Text.Overlaps(text, out var start) ? start : throw new InvalidOperationException("a paragraph line outside the source"), text.Length));
    }

    private void Emit(ElementKind kind, ReadOnlySpan<char> text, int i, string? character) => Emit(kind, text.ToString(), i, character);

    private void Emit(ElementKind kind, string text, int i, string? character)
    {
        Flush();
        _elements.Add(new ScriptElement(kind, text, i + 1, character) { Dual = character is null ? DualPosition.None : _dual });
    }

    /// <summary>The paragraph's lines joined with '\n', in one string.</summary>
    private string JoinLines()
    {
        var text = source.Text;
        if (_lines.Count == 1)
            return text.Slice(_lines[0].Start, _lines[0].Length).ToString();
        var length = _lines.Count - 1;
        foreach (var (_, n) in _lines)
            length += n;
        var joined = new char[length];
        var at = 0;
        for (var k = 0; k < _lines.Count; k++)
        {
            if (k > 0)
                joined[at++] = '\n';
            text.Slice(_lines[k].Start, _lines[k].Length).CopyTo(joined.AsSpan(at));
            at += _lines[k].Length;
        }

        return new string(joined);
    }

    private void Flush()
    {
        if (_kind is { } kind)
        {
            var character = kind is ElementKind.Dialogue or ElementKind.Lyrics ? _speaker : null;
            _elements.Add(new ScriptElement(kind, JoinLines(), _paragraphLine, character)
            {
                Dual = character is null ? DualPosition.None : _dual,
            });
            _kind = null;
            _lines.Clear();
        }

        EmitNotesIfIdle();
    }

    private void CloseScene()
    {
        if (_heading is not { } h)
            return;
        var ordinal = _scenes.Count + 1;
        var number = h.Number ?? ordinal.ToString(CultureInfo.InvariantCulture);
        _scenes.Add(new ParsedScene(ordinal, number, h.Text, h.IntExt, h.Location, h.TimeOfDay, _headingLine, _elements));
        _heading = null;
    }
}
