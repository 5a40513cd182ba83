using System.Globalization;
using System.Xml.Linq;
using Backlot.Domain.Characters;
using Backlot.Screenplay.Fountain;

namespace Backlot.Screenplay.Fdx;

/// <summary>Reads the paragraphs of an .fdx &lt;Content&gt; into scenes of elements, in document order.</summary>
internal sealed class FdxContentReader
{
    private readonly List<ParsedScene> _scenes = [];
    private readonly List<ScriptElement> _prelude = [];
    private List<ScriptElement> _elements = [];
    private FountainSceneHeading.Heading? _heading;
    private string? _headingNumber;
    private int _headingLine;
    private string? _speaker;

    // Inside <DualDialogue>: the column of the current speaker, and how many cues the pair has had.
    private bool _inDual;
    private int _dualCues;

    public FdxBody Read(XElement content)
    {
        _elements = _prelude;
        foreach (var child in content.Elements())
            ReadNode(child);
        CloseScene();
        return new FdxBody(_prelude, _scenes);
    }

    private void ReadNode(XElement node)
    {
        switch (node.Name.LocalName)
        {
            case "Paragraph" when node.Element("DualDialogue") is { } dual:
                ReadDual(dual);
                break;
            case "Paragraph":
                ReadParagraph(node);
                break;
            case "DualDialogue":
                ReadDual(node);
                break;
        }
    }

    private void ReadDual(XElement dual)
    {
        _inDual = true;
        _dualCues = 0;
        foreach (var paragraph in dual.Elements("Paragraph"))
            ReadParagraph(paragraph);
        _inDual = false;
        _speaker = null;
    }

    private void ReadParagraph(XElement paragraph)
    {
        var line = FdxParser.Line(paragraph);
        var type = ((string?)paragraph.Attribute("Type") ?? "Action").Trim();
        var (raw, plain) = FdxText.Of(paragraph);
        if (string.Equals((string?)paragraph.Attribute("StartsNewPage"), "Yes", StringComparison.OrdinalIgnoreCase))
            _elements.Add(new ScriptElement(ElementKind.PageBreak, "", line));

        if (type.Equals("Scene Heading", StringComparison.OrdinalIgnoreCase))
        {
            StartScene(paragraph, plain.Trim(), line);
            return;
        }

        var kind = KindOf(type, paragraph);
        if (plain.Trim().Length > 0)
        {
            if (kind == ElementKind.Character)
                _speaker = Character.CanonicalName(plain);
            else if (kind is not (ElementKind.Dialogue or ElementKind.Parenthetical or ElementKind.Lyrics))
                _speaker = null;

            var character = kind is ElementKind.Character or ElementKind.Dialogue or ElementKind.Parenthetical or ElementKind.Lyrics
                ? _speaker
                : null;
            _elements.Add(new ScriptElement(kind, raw.Trim(), line, character)
            {
                Dual = character is null ? DualPosition.None : DualOf(kind),
                Level = kind == ElementKind.Section ? 1 : 0,
            });
        }

        AddNotes(paragraph);
    }

    private DualPosition DualOf(ElementKind kind)
    {
        if (!_inDual)
            return DualPosition.None;
        if (kind == ElementKind.Character)
            _dualCues++;
        return _dualCues <= 1 ? DualPosition.Left : DualPosition.Right;
    }

    private static ElementKind KindOf(string type, XElement paragraph) => type.ToUpperInvariant() switch
    {
        "ACTION" or "GENERAL" when string.Equals((string?)paragraph.Attribute("Alignment"), "Center", StringComparison.OrdinalIgnoreCase)
            => ElementKind.Centered,
        "ACTION" or "GENERAL" => ElementKind.Action,
        "CHARACTER" => ElementKind.Character,
        "DIALOGUE" => ElementKind.Dialogue,
        "PARENTHETICAL" => ElementKind.Parenthetical,
        "TRANSITION" => ElementKind.Transition,
        "SHOT" => ElementKind.Shot,
        "LYRICS" or "SINGING" => ElementKind.Lyrics,
        "NEW ACT" or "ACT BREAK" => ElementKind.Section,
        _ => ElementKind.Other,
    };

    private void StartScene(XElement paragraph, string heading, int line)
    {
        CloseScene();
        _speaker = null;
        _heading = FountainSceneHeading.Split(heading.Length > 0 ? heading : " ");
        _headingNumber = ((string?)paragraph.Attribute("Number"))?.Trim() is { Length: > 0 } n ? n : _heading.Number;
        _headingLine = line;
        _elements = [];
        foreach (var summary in paragraph.Elements("SceneProperties").Elements("Summary"))
        {
            var text = FdxText.OfNested(summary);
            if (text.Length > 0)
                _elements.Add(new ScriptElement(ElementKind.Synopsis, text, FdxParser.Line(summary)));
        }

        AddNotes(paragraph);
    }

    private void AddNotes(XElement paragraph)
    {
        foreach (var note in paragraph.Elements("ScriptNote"))
        {
            var text = FdxText.OfNested(note);
            if (text.Length > 0)
                _elements.Add(new ScriptElement(ElementKind.Note, text, FdxParser.Line(note)));
        }
    }

    private void CloseScene()
    {
        if (_heading is not { } h)
            return;
        var ordinal = _scenes.Count + 1;
        var number = _headingNumber ?? ordinal.ToString(CultureInfo.InvariantCulture);
        _scenes.Add(new ParsedScene(ordinal, number, h.Text, h.IntExt, h.Location, h.TimeOfDay, _headingLine, _elements));
        _heading = null;
        _headingNumber = null;
    }
}

/// <summary>What <see cref="FdxContentReader"/> found: paragraphs before the first heading, and the scenes.</summary>
internal sealed record FdxBody(IReadOnlyList<ScriptElement> Prelude, IReadOnlyList<ParsedScene> Scenes);
