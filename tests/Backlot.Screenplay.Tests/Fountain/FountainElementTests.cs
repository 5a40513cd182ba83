using Backlot.Screenplay.Fountain;
using static Backlot.Screenplay.Tests.Support.FountainText;

namespace Backlot.Screenplay.Tests.Fountain;

/// <summary>Fountain 1.1 elements beyond the first cut: one behaviour per test.</summary>
public sealed class FountainElementTests
{
    private static ParsedScene OnlyScene(params string[] lines) => Assert.Single(FountainParser.Parse(Lines(lines)).Scenes);

    private static ScriptElement OnlyElement(params string[] body) =>
        Assert.Single(OnlyScene(["INT. ROOM - DAY", "", .. body]).Elements);

    [Fact]
    public void Parse_TitlePageContinuationLines_KeepTheirLineStructure()
    {
        var script = FountainParser.Parse(Lines(
            "Title: Big Fish", "Contact:", "   Next Level", "\t1588 Mission Dr.", "Draft date: 1/27/2012", "", "INT. ROOM - DAY"));

        Assert.Equal(
            [new("Title", "Big Fish"), new("Contact", "Next Level\n1588 Mission Dr."), new("Draft date", "1/27/2012")],
            script.TitlePage);
    }

    [Fact]
    public void Parse_ElementsBeforeFirstHeading_AreThePrelude()
    {
        var script = FountainParser.Parse(Lines("FADE IN:", "", "INT. ROOM - DAY"));

        Assert.Equal(new ScriptElement(ElementKind.Action, "FADE IN:", 1), Assert.Single(script.Prelude));
    }

    [Theory]
    [InlineData("EXT./INT. CAR - DAY", "INT/EXT")]
    [InlineData("INT./EXT CAR - DAY", "INT/EXT")]
    [InlineData("est. city - dusk", "EXT")]
    [InlineData("INT HOUSE - DAY", "INT")]
    public void Parse_MoreHeadingForms_AreRecognised(string heading, string intExt) =>
        Assert.Equal(intExt, OnlyScene(heading, "", "Action.").IntExt);

    [Theory]
    [InlineData("INT. HOUSE - DAY #1#", "1")]
    [InlineData("INT. HOUSE - DAY #1A#", "1A")]
    [InlineData("INT. HOUSE - DAY #I-1-A#", "I-1-A")]
    [InlineData("INT. HOUSE - DAY #110.A#", "110.A")]
    [InlineData(".FORCED #7#", "7")]
    public void Parse_SceneNumberForms_AreRead(string heading, string number)
    {
        var scene = OnlyScene(heading, "", "Action.");

        Assert.Equal(number, scene.Number);
        Assert.DoesNotContain('#', scene.Heading);
    }

    [Fact]
    public void Parse_CenteredText_DropsTheMarkersAndJoinsLines() =>
        Assert.Equal(new ScriptElement(ElementKind.Centered, "THE END\nreally", 3), OnlyElement(">THE END<", "> really <"));

    [Fact]
    public void Parse_ForcedTransition_DropsTheMarker() =>
        Assert.Equal(new ScriptElement(ElementKind.Transition, "Burn to White.", 3), OnlyElement("> Burn to White."));

    [Fact]
    public void Parse_FadeOut_IsATransition() =>
        Assert.Equal(ElementKind.Transition, OnlyElement("FADE OUT.").Kind);

    [Fact]
    public void Parse_ForcedActionLookingLikeATransition_IsAction() =>
        Assert.Equal(new ScriptElement(ElementKind.Action, "CUT TO:", 3), OnlyElement("!CUT TO:"));

    [Fact]
    public void Parse_Lyrics_AreOneParagraphWithoutTildes() =>
        Assert.Equal(new ScriptElement(ElementKind.Lyrics, "Willy Wonka!\nWilly Wonka!", 3), OnlyElement("~Willy Wonka!", "~ Willy Wonka!"));

    [Fact]
    public void Parse_LyricsInsideDialogue_CarryTheSpeaker()
    {
        var scene = OnlyScene("INT. ROOM - DAY", "", "WONKA", "~Come with me", "Now.");

        Assert.Equal(
            [(ElementKind.Character, "WONKA"), (ElementKind.Lyrics, "WONKA"), (ElementKind.Dialogue, "WONKA")],
            scene.Elements.Select(e => (e.Kind, e.Character)));
    }

    [Fact]
    public void Parse_Sections_KnowTheirDepth()
    {
        var scene = OnlyScene("INT. ROOM - DAY", "", "# Act", "", "## Sequence", "", "### Beat");

        Assert.Equal([("Act", 1), ("Sequence", 2), ("Beat", 3)], scene.Elements.Select(e => (e.Text, e.Level)));
        Assert.All(scene.Elements, e => Assert.Equal(ElementKind.Section, e.Kind));
    }

    [Fact]
    public void Parse_Synopsis_DropsTheEqualsSign() =>
        Assert.Equal(new ScriptElement(ElementKind.Synopsis, "He finds the key.", 3), OnlyElement("= He finds the key."));

    [Theory]
    [InlineData("===")]
    [InlineData("=====")]
    public void Parse_PageBreak_IsItsOwnKind(string line) =>
        Assert.Equal(new ScriptElement(ElementKind.PageBreak, "", 3), OnlyElement(line));

    [Fact]
    public void Parse_NoteSpanningLines_IsOneNoteAtItsFirstLine()
    {
        var scene = OnlyScene("INT. ROOM - DAY", "", "[[This note", "  goes on.]]", "", "Action.");

        Assert.Equal(
            [new ScriptElement(ElementKind.Note, "This note\ngoes on.", 3), new ScriptElement(ElementKind.Action, "Action.", 6)],
            scene.Elements);
    }

    [Fact]
    public void Parse_NoteInsideAction_DoesNotSplitTheParagraph()
    {
        var scene = OnlyScene("INT. ROOM - DAY", "", "He runs. [[faster?]]", "He falls.");

        Assert.Equal(
            [new ScriptElement(ElementKind.Action, "He runs.\nHe falls.", 3), new ScriptElement(ElementKind.Note, "faster?", 3)],
            scene.Elements);
    }

    [Fact]
    public void Parse_NoteOnHeadingLine_BelongsToThatScene()
    {
        var script = FountainParser.Parse(Lines("INT. A - DAY", "", "Action.", "", "INT. B - DAY [[check]]", "", "More."));

        Assert.Equal(ElementKind.Note, script.Scenes[1].Elements[0].Kind);
        Assert.DoesNotContain(script.Scenes[0].Elements, e => e.Kind == ElementKind.Note);
    }

    [Fact]
    public void Parse_Boneyard_IsRemovedWithTheNotesInIt()
    {
        var scene = OnlyScene("INT. ROOM - DAY", "", "/* [[old note]]", "Old action. */", "Action.");

        Assert.Equal(new ScriptElement(ElementKind.Action, "Action.", 5), Assert.Single(scene.Elements));
    }

    [Fact]
    public void Parse_DualDialogue_MarksBothBlocksAsAPair()
    {
        var scene = OnlyScene(
            "INT. ROOM - DAY", "", "BRICK", "(shouting)", "Screw retirement.", "", "STEEL ^", "Screw retirement.", "", "They laugh.");

        Assert.Equal(
            [
                (ElementKind.Character, DualPosition.Left), (ElementKind.Parenthetical, DualPosition.Left),
                (ElementKind.Dialogue, DualPosition.Left), (ElementKind.Character, DualPosition.Right),
                (ElementKind.Dialogue, DualPosition.Right), (ElementKind.Action, DualPosition.None),
            ],
            scene.Elements.Select(e => (e.Kind, e.Dual)));
        Assert.Equal("STEEL", scene.Elements[3].Character);
    }

    [Fact]
    public void Parse_CaretWithoutAPreviousBlock_IsNotDual()
    {
        var scene = OnlyScene("INT. ROOM - DAY", "", "Action.", "", "STEEL ^", "Alone.");

        Assert.All(scene.Elements, e => Assert.Equal(DualPosition.None, e.Dual));
    }

    [Fact]
    public void Parse_ForcedCharacter_KeepsMixedCaseText()
    {
        var cue = OnlyScene("INT. ROOM - DAY", "", "@McCLANE (O.S.)", "Yippee.").Elements[0];

        Assert.Equal(new ScriptElement(ElementKind.Character, "@McCLANE (O.S.)", 3, "MCCLANE"), cue);
    }

    [Theory]
    [InlineData("*italic* and **bold**", "italic and bold")]
    [InlineData("***both*** and _under_", "both and under")]
    [InlineData("_**BRICK & STEEL**_", "BRICK & STEEL")]
    [InlineData("**_nested_ bold**", "nested bold")]
    [InlineData("5 * 3 = 15", "5 * 3 = 15")]
    [InlineData("snake_case stays", "snake_case stays")]
    [InlineData("a lone *star", "a lone *star")]
    [InlineData("\\*not italic\\*", "*not italic*")]
    [InlineData("back\\\\slash", "back\\slash")]
    [InlineData("*not\nacross lines*", "*not\nacross lines*")]
    public void PlainText_RemovesPairedEmphasisAndEscapes(string raw, string plain)
    {
        var element = new ScriptElement(ElementKind.Action, raw, 1);

        Assert.Equal((raw, plain), (element.Text, element.PlainText));
    }

    [Fact]
    public void Parse_Emphasis_IsKeptRawInText()
    {
        var action = OnlyElement("He *really* means it.");

        Assert.Equal(("He *really* means it.", "He really means it."), (action.Text, action.PlainText));
    }

    [Fact]
    public void Parse_TabIndentedAction_TurnsTabsIntoFourSpaces() =>
        Assert.Equal("    indented", OnlyElement("\tindented", "next").Text.Split('\n')[0]);

    [Fact]
    public void Parse_EveryElement_KeepsItsSourceLine()
    {
        var script = FountainParser.Parse(Lines(
            "Title: T", "", "# Act", "", "INT. A - DAY", "", "= syn", "", "BOB", "(low)", "Hi.", "", "> CUT TO:", "", "===", "", "~la", ""));

        Assert.Equal(new ScriptElement(ElementKind.Section, "Act", 3) { Level = 1 }, Assert.Single(script.Prelude));
        Assert.Equal([7, 9, 10, 11, 13, 15, 17], script.Scenes[0].Elements.Select(e => e.SourceLine));
    }
}
