namespace Backlot.Screenplay.Pages;

/// <summary>
/// Turns a parsed script into printed lines: each source line of a paragraph wrapped to its element's width at
/// the last space that fits, one blank line between paragraphs, none inside a speech (cue, parentheticals,
/// dialogue). Sections, synopses and notes do not print; the right column of dual dialogue prints beside the
/// left one and so takes no lines of its own.
/// </summary>
internal sealed class ScriptLiner(PageLayout layout)
{
    private readonly List<PageLine> _lines = [];
    private readonly List<(int Start, int Length)> _wrapped = [];
    private bool _inSpeech;

    public static List<PageLine> Line(ParsedScript script, PageLayout layout)
    {
        var liner = new ScriptLiner(layout);
        liner._lines.Capacity = EstimateLines(script, layout);
        foreach (var element in script.Prelude)
            liner.Add(element, 0);
        for (var i = 0; i < script.Scenes.Count; i++)
        {
            var scene = script.Scenes[i];
            liner.Paragraph(LineKind.SceneHeading, scene.Heading.ToUpperInvariant(), layout.ActionWidth, i, continuesSpeech: false);
            for (var k = 0; k < scene.Elements.Count; k++)
                liner.Add(scene.Elements[k], i);
        }

        return liner._lines;
    }

    // A blank line and a line for each paragraph, and a line for each width's worth of text: enough, most times,
    // that the list does not grow while it is filled.
    private static int EstimateLines(ParsedScript script, PageLayout layout)
    {
        long lines = 2L * script.Prelude.Count;
        long characters = 0;
        foreach (var scene in script.Scenes)
        {
            lines += 2 * (scene.Elements.Count + 1);
            for (var i = 0; i < scene.Elements.Count; i++)
                characters += scene.Elements[i].Text.Length;
        }

        return (int)Math.Min(lines + (characters / Math.Max(1, (int)layout.DialogueWidth)), 1 << 20);
    }

    private void Add(ScriptElement element, int scene)
    {
        if (element.Dual == DualPosition.Right)
            return;
        if (Classify(element) is not var (kind, text, width))
            return;
        if (element.Dual == DualPosition.Left)
            width *= layout.DualWidthFactor;
        var continuesSpeech = _inSpeech && kind is LineKind.Parenthetical or LineKind.Dialogue;
        Paragraph(kind, text, width, scene, continuesSpeech);
    }

    private void Paragraph(LineKind kind, string text, double width, int scene, bool continuesSpeech)
    {
        if (_lines.Count > 0 && !continuesSpeech)
            _lines.Add(new PageLine(LineKind.Blank, LineKind.Blank, "", _lines[^1].Scene));
        _inSpeech = kind is LineKind.Character or LineKind.Parenthetical or LineKind.Dialogue;
        if (kind == LineKind.PageBreak)
        {
            _lines.Add(new PageLine(LineKind.PageBreak, LineKind.PageBreak, "", scene));
            return;
        }

        // Every source line wraps on its own, as a printed line of its own would.
        for (var start = 0; start <= text.Length;)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
                end = text.Length;
            Wrap(text, start, end - start, width, _wrapped);
            for (var i = 0; i < _wrapped.Count; i++)
                _lines.Add(new PageLine(kind, kind, text, _wrapped[i].Start, _wrapped[i].Length, scene, i, _wrapped.Count));
            start = end + 1;
        }
    }

    /// <summary>What a paragraph prints as, its text and width; null when it does not print.</summary>
    private (LineKind Kind, string Text, double Width)? Classify(ScriptElement element)
    {
        var text = element.Text;
        return element.Kind switch
        {
            ElementKind.Action or ElementKind.Shot => (LineKind.Action, text, layout.ActionWidth),
            ElementKind.Character => (LineKind.Character, Cue(text), layout.CharacterWidth),
            ElementKind.Parenthetical => (LineKind.Parenthetical, text.Trim(), layout.ParentheticalWidth),
            ElementKind.Dialogue => (LineKind.Dialogue, text, layout.DialogueWidth),
            ElementKind.Transition => (LineKind.Transition, text.TrimStart('>').Trim().ToUpperInvariant(), layout.ActionWidth),
            ElementKind.Centered => (LineKind.Centered, Uncenter(text), layout.ActionWidth),
            ElementKind.Lyrics => element.Character is null
                ? (LineKind.Action, Sung(text), layout.ActionWidth)
                : (LineKind.Dialogue, Sung(text), layout.DialogueWidth),
            ElementKind.Section or ElementKind.Synopsis or ElementKind.Note => null,
            ElementKind.PageBreak => (LineKind.PageBreak, "", 0),
            ElementKind.Other => ClassifyByMarker(text),
            _ => (LineKind.Action, text, layout.ActionWidth),
        };
    }

    // "Other" is what a reader could not name: read Fountain's markers where they are still on the text.
    private (LineKind Kind, string Text, double Width)? ClassifyByMarker(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length >= 3 && trimmed.All(c => c == '='))
            return (LineKind.PageBreak, "", 0);
        if (trimmed.StartsWith('=') || trimmed.StartsWith('#'))
            return null;
        if (trimmed.Length > 1 && trimmed[0] == '>' && trimmed[^1] == '<')
            return (LineKind.Centered, Uncenter(trimmed), layout.ActionWidth);
        if (trimmed.StartsWith('~'))
            return (LineKind.Action, Sung(trimmed), layout.ActionWidth);
        return (LineKind.Action, text, layout.ActionWidth);
    }

    private static string Cue(string text) => text.Trim().TrimStart('@').TrimEnd('^').Trim();

    private static string Uncenter(string text) => text.Replace(">", "", StringComparison.Ordinal).Replace("<", "", StringComparison.Ordinal).Trim();

    // Lyrics print in italics: the emphasis markers take a column each, as afterwriting counts them.
    private static string Sung(string text) =>
        string.Join('\n', text.Split('\n').Select(l => "*" + (l.StartsWith('~') ? l[1..] : l) + "*"));

    /// <summary>
    /// Splits a line (<paramref name="length"/> characters of <paramref name="text"/> from <paramref name="start"/>)
    /// at the last space that leaves at most <paramref name="width"/> characters, dropping that space; a word longer
    /// than the width is cut. Markup characters count, as in afterwriting. The pieces go to <paramref name="pieces"/>
    /// as ranges of <paramref name="text"/>.
    /// </summary>
    internal static void Wrap(string text, int start, int length, double width, List<(int Start, int Length)> pieces)
    {
        pieces.Clear();
        while (length > width)
        {
            var window = (int)Math.Min(length, Math.Floor(width + 1));
            var space = text.AsSpan(start, window).LastIndexOf(' ');
            if (space < 0)
            {
                var cut = Math.Max(1, (int)Math.Floor(width - 1));
                pieces.Add((start, cut));
                start += cut;
                length -= cut;
            }
            else
            {
                pieces.Add((start, space));
                start += space + 1;
                length -= space + 1;
            }
        }

        pieces.Add((start, length));
    }
}
