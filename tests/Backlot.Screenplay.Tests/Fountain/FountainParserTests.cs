using Backlot.Screenplay.Fountain;
using static Backlot.Screenplay.Tests.Support.FountainText;

namespace Backlot.Screenplay.Tests.Fountain;

public sealed class FountainParserTests
{
    private static ParsedScene OnlyScene(string text) => Assert.Single(FountainParser.Parse(text).Scenes);

    [Fact]
    public void Parse_TitlePage_ReadsKeysAndJoinsIndentedLines()
    {
        var script = FountainParser.Parse(Lines(
            "Title:",
            "\t_**BRICK & STEEL**_",
            "\t_**FULL RETIRED**_",
            "Author: Stu Maschwitz",
            "",
            "EXT. PATIO - DAY"));

        Assert.Equal("BRICK & STEEL FULL RETIRED", script.Title);
        Assert.Equal(["Title", "Author"], script.TitlePage.Select(p => p.Key));
        Assert.Equal("Stu Maschwitz", script.TitlePage[1].Value);
        Assert.Equal(6, script.Scenes[0].SourceLine);
    }

    [Fact]
    public void Parse_NoTitlePage_HasNullTitle()
    {
        Assert.Null(FountainParser.Parse(Lines("INT. ROOM - DAY")).Title);
    }

    [Fact]
    public void Parse_SceneHeading_SplitsIntExtLocationAndTime()
    {
        var scene = OnlyScene(Lines("", "EXT. BRICK'S PATIO - DAY", "", "A gorgeous day."));

        Assert.Equal("EXT. BRICK'S PATIO - DAY", scene.Heading);
        Assert.Equal(("EXT", "BRICK'S PATIO", "DAY"), (scene.IntExt, scene.Location, scene.TimeOfDay));
        Assert.Equal((1, "1", 2), (scene.Ordinal, scene.Number, scene.SourceLine));
    }

    [Theory]
    [InlineData("INT. HOUSE - KITCHEN - NIGHT", "INT", "HOUSE - KITCHEN", "NIGHT")]
    [InlineData("int. house - night", "INT", "house", "night")]
    [InlineData("INT./EXT. CAR - MOVING - DAY", "INT/EXT", "CAR - MOVING", "DAY")]
    [InlineData("INT/EXT CAR - DAY", "INT/EXT", "CAR", "DAY")]
    [InlineData("I/E CAR - DAY", "INT/EXT", "CAR", "DAY")]
    [InlineData("EST. CITY SKYLINE - DUSK", "EXT", "CITY SKYLINE", "DUSK")]
    [InlineData("EXT. OLD TRAIN STATION", "EXT", "OLD TRAIN STATION", "")]
    public void Parse_HeadingForms_AreRecognised(string heading, string intExt, string location, string time)
    {
        var scene = OnlyScene(Lines(heading, "", "Action."));

        Assert.Equal((intExt, location, time), (scene.IntExt, scene.Location, scene.TimeOfDay));
    }

    [Fact]
    public void Parse_ForcedHeading_DropsThePeriod()
    {
        var script = FountainParser.Parse(Lines("INT. ROOM - DAY", "", ".SNIPER SCOPE POV", "", "...and silence."));

        Assert.Equal(["INT. ROOM - DAY", "SNIPER SCOPE POV"], script.Scenes.Select(s => s.Heading));
        Assert.Equal("", script.Scenes[1].IntExt);
        Assert.Equal(ElementKind.Action, Assert.Single(script.Scenes[1].Elements).Kind);
    }

    [Fact]
    public void Parse_HeadingWithoutBlankLineBefore_IsAction()
    {
        var scene = OnlyScene(Lines("INT. ROOM - DAY", "", "She reads the sign:", "INT. NOT A HEADING"));

        Assert.Equal("She reads the sign:\nINT. NOT A HEADING", Assert.Single(scene.Elements).Text);
    }

    [Fact]
    public void Parse_SceneNumber_IsTakenFromHashes()
    {
        var script = FountainParser.Parse(Lines("INT. HOUSE - DAY #12A#", "", "EXT. YARD - NIGHT"));

        Assert.Equal(("12A", "INT. HOUSE - DAY", "DAY"), (script.Scenes[0].Number, script.Scenes[0].Heading, script.Scenes[0].TimeOfDay));
        Assert.Equal("2", script.Scenes[1].Number);
    }

    [Fact]
    public void Parse_DialogueBlock_KeepsKindsSpeakerAndLines()
    {
        var scene = OnlyScene(Lines(
            "INT. ROOM - DAY",
            "",
            "STEEL",
            "(beer raised)",
            "To retirement.",
            "To us.",
            "",
            "They drink."));

        Assert.Equal(
            [
                new ScriptElement(ElementKind.Character, "STEEL", 3, "STEEL"),
                new ScriptElement(ElementKind.Parenthetical, "(beer raised)", 4, "STEEL"),
                new ScriptElement(ElementKind.Dialogue, "To retirement.\nTo us.", 5, "STEEL"),
                new ScriptElement(ElementKind.Action, "They drink.", 8, null),
            ],
            scene.Elements);
    }

    [Fact]
    public void Parse_CueExtensions_AreCanonicalised()
    {
        var script = FountainParser.Parse(Lines(
            "INT. ROOM - DAY", "", "EDWARD (V.O.)", "Hello.", "", "EDWARD (CONT'D)", "Again.", "", "@McCLANE", "Yippee."));

        Assert.Equal(["EDWARD", "MCCLANE"], script.Scenes[0].Cast);
        Assert.Equal([("EDWARD", 2), ("MCCLANE", 1)], script.Characters.Select(c => (c.Name, c.DialogueCount)));
    }

    [Fact]
    public void Parse_DualDialogue_CountsBothSpeakers()
    {
        var script = FountainParser.Parse(Lines(
            "INT. ROOM - DAY", "", "BRICK", "Screw retirement.", "", "STEEL ^", "Screw retirement."));

        Assert.Equal(["BRICK", "STEEL"], script.Scenes[0].Cast);
        Assert.All(script.Characters, c => Assert.Equal(1, c.DialogueCount));
    }

    [Fact]
    public void Parse_CapitalLineBeforeBlank_IsActionNotCue()
    {
        var scene = OnlyScene(Lines("INT. ROOM - DAY", "", "BANG!", "", "He falls."));

        Assert.Empty(scene.Cast);
        Assert.All(scene.Elements, e => Assert.Equal(ElementKind.Action, e.Kind));
    }

    [Fact]
    public void Parse_IndentedDialogue_IsRecognised()
    {
        var scene = OnlyScene(Lines("INT. ROOM - DAY", "", "\t\t\tJACK", "\t\t(in Vietnamese)", "\t*Did you know?*"));

        Assert.Equal(
            [ElementKind.Character, ElementKind.Parenthetical, ElementKind.Dialogue],
            scene.Elements.Select(e => e.Kind));
        Assert.Equal("*Did you know?*", scene.Elements[2].Text);
    }

    [Fact]
    public void Parse_Transitions_AreRecognisedByToColonAndByForcing()
    {
        var script = FountainParser.Parse(Lines(
            "INT. ROOM - DAY", "", "Action.", "", "SMASH CUT TO:", "", "EXT. YARD - DAY", "", "> BURN TO PINK.", "", "> THE END <"));

        Assert.Equal(new ScriptElement(ElementKind.Transition, "SMASH CUT TO:", 5, null), script.Scenes[0].Elements[1]);
        Assert.Equal(new ScriptElement(ElementKind.Transition, "BURN TO PINK.", 9, null), script.Scenes[1].Elements[0]);
        Assert.Equal(new ScriptElement(ElementKind.Centered, "THE END", 11, null), script.Scenes[1].Elements[1]);
    }

    [Fact]
    public void Parse_ForcedAction_IsNeverACue()
    {
        var scene = OnlyScene(Lines("INT. ROOM - DAY", "", "!SCANNING THE ROOM", "Nothing."));

        Assert.Equal(new ScriptElement(ElementKind.Action, "SCANNING THE ROOM\nNothing.", 3, null), Assert.Single(scene.Elements));
    }

    [Fact]
    public void Parse_NotesAndBoneyard_AreIgnoredButLinesKeepTheirNumbers()
    {
        var script = FountainParser.Parse(Lines(
            "INT. ROOM - DAY",
            "",
            "/* CUT SCENE",
            "",
            "BOB",
            "Gone. */",
            "",
            "[[a note]]",
            "ANNA",
            "Here. [[inline]]"));

        var scene = Assert.Single(script.Scenes);
        Assert.Equal(["ANNA"], scene.Cast);
        Assert.Equal(
            [
                new ScriptElement(ElementKind.Note, "a note", 8),
                new ScriptElement(ElementKind.Character, "ANNA", 9, "ANNA"),
                new ScriptElement(ElementKind.Dialogue, "Here.", 10, "ANNA"),
                new ScriptElement(ElementKind.Note, "inline", 10),
            ],
            scene.Elements);
    }

    [Fact]
    public void Parse_CharacterSummary_ListsScenesByNumber()
    {
        var script = FountainParser.Parse(Lines(
            "INT. A - DAY #4#", "", "ANNA", "One.", "", "EXT. B - DAY #5#", "", "BOB", "Two.", "", "ANNA", "Three."));

        Assert.Equal(["4", "5"], script.Characters.Single(c => c.Name == "ANNA").Scenes);
        Assert.Equal(["5"], script.Characters.Single(c => c.Name == "BOB").Scenes);
    }

    [Fact]
    public void Parse_Synopsis_IsFirstActionWithoutEmphasisAndShort()
    {
        var longAction = string.Join(' ', Enumerable.Repeat("*word*", 100));
        var scene = OnlyScene(Lines("INT. ROOM - DAY", "", "ANNA", "Hi.", "", longAction));

        Assert.StartsWith("word word", scene.Synopsis, StringComparison.Ordinal);
        Assert.True(scene.Synopsis.Length <= 200, scene.Synopsis);
        Assert.EndsWith("…", scene.Synopsis, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SynopsisSectionAndPageBreak_HaveTheirKinds()
    {
        var scene = OnlyScene(Lines("INT. ROOM - DAY", "", "= A synopsis.", "", "# Act One", "", "==="));

        Assert.Equal(
            [(ElementKind.Synopsis, "A synopsis.", 3), (ElementKind.Section, "Act One", 5), (ElementKind.PageBreak, "", 7)],
            scene.Elements.Select(e => (e.Kind, e.Text, e.SourceLine)));
    }
}
