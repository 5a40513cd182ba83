using Backlot.Screenplay.Fdx;
using static Backlot.Screenplay.Tests.Fdx.FdxDocuments;

namespace Backlot.Screenplay.Tests.Fdx;

public sealed class FdxParserTests
{
    [Fact]
    public void Parse_Paragraphs_BecomeScenesAndElements()
    {
        var script = FdxParser.Parse(Script(string.Join('\n',
            P("Scene Heading", "INT. KITCHEN - NIGHT"),
            P("Action", "Rain on the glass."),
            P("Character", "ANNA (V.O.)"),
            P("Parenthetical", "(quietly)"),
            P("Dialogue", "It's late."),
            P("Transition", "CUT TO:"),
            P("Shot", "CLOSE ON THE CLOCK"),
            P("General", "Ticking."))));

        var scene = Assert.Single(script.Scenes);
        Assert.Equal(("INT. KITCHEN - NIGHT", "INT", "KITCHEN", "NIGHT", "1"), (scene.Heading, scene.IntExt, scene.Location, scene.TimeOfDay, scene.Number));
        Assert.Equal(
            [
                (ElementKind.Action, "Rain on the glass.", null), (ElementKind.Character, "ANNA (V.O.)", "ANNA"),
                (ElementKind.Parenthetical, "(quietly)", "ANNA"), (ElementKind.Dialogue, "It's late.", "ANNA"),
                (ElementKind.Transition, "CUT TO:", null), (ElementKind.Shot, "CLOSE ON THE CLOCK", null), (ElementKind.Action, "Ticking.", null),
            ],
            scene.Elements.Select(e => (e.Kind, e.Text, e.Character)));
        Assert.Equal(("ANNA", 1), (script.Characters[0].Name, script.Characters[0].DialogueCount));
        Assert.Equal("fdx", script.Format);
    }

    [Fact]
    public void Parse_Paragraphs_KeepTheirSourceLines()
    {
        var script = FdxParser.Parse(Script(string.Join('\n', P("Scene Heading", "INT. A - DAY"), P("Action", "One."), P("Action", "Two."))));

        Assert.Equal(4, script.Scenes[0].SourceLine);
        Assert.Equal([5, 6], script.Scenes[0].Elements.Select(e => e.SourceLine));
    }

    [Fact]
    public void Parse_SeveralTextRuns_AreJoinedWithStylesAsEmphasis()
    {
        var script = FdxParser.Parse(Script(
            P("Scene Heading", "INT. A - DAY") +
            "<Paragraph Type=\"Action\"><Text>He </Text><Text Style=\"Bold\">really</Text><Text> means </Text><Text Style=\"Italic+Underline\">it</Text><Text>. 5*3</Text></Paragraph>"));

        var action = Assert.Single(script.Scenes[0].Elements);
        Assert.Equal(("He **really** means _*it*_. 5\\*3", "He really means it. 5*3"), (action.Text, action.PlainText));
    }

    [Fact]
    public void Parse_SceneNumberAttribute_IsTheSceneNumber()
    {
        var script = FdxParser.Parse(Script(P("Scene Heading", "INT. A - DAY", " Number=\"12A\"") + P("Scene Heading", "EXT. B - NIGHT")));

        Assert.Equal(["12A", "2"], script.Scenes.Select(s => s.Number));
    }

    [Fact]
    public void Parse_SceneSummary_IsASynopsisElement()
    {
        var script = FdxParser.Parse(Script(
            "<Paragraph Type=\"Scene Heading\"><SceneProperties Length=\"1/8\" Page=\"1\" Title=\"\"><Summary><Paragraph><Text>They meet.</Text></Paragraph></Summary></SceneProperties><Text>INT. A - DAY</Text></Paragraph>"));

        Assert.Equal((ElementKind.Synopsis, "They meet."), (script.Scenes[0].Elements[0].Kind, script.Scenes[0].Elements[0].Text));
    }

    [Fact]
    public void Parse_ScriptNote_FollowsItsParagraph()
    {
        var script = FdxParser.Parse(Script(
            P("Scene Heading", "INT. A - DAY") +
            "<Paragraph Type=\"Action\"><ScriptNote ID=\"1\"><Paragraph><Text>Cut this?</Text></Paragraph><Paragraph><Text>Maybe.</Text></Paragraph></ScriptNote><Text>He waits.</Text></Paragraph>"));

        Assert.Equal(
            [(ElementKind.Action, "He waits."), (ElementKind.Note, "Cut this?\nMaybe.")],
            script.Scenes[0].Elements.Select(e => (e.Kind, e.Text)));
    }

    [Fact]
    public void Parse_DualDialogue_MarksBothBlocksAsAPair()
    {
        var script = FdxParser.Parse(Script(
            P("Scene Heading", "INT. A - DAY") +
            "<Paragraph><DualDialogue>" + P("Character", "BRICK") + P("Dialogue", "Screw retirement.") +
            P("Character", "STEEL") + P("Parenthetical", "(loud)") + P("Dialogue", "Screw it.") + "</DualDialogue></Paragraph>" +
            P("Action", "They laugh.")));

        Assert.Equal(
            [
                (ElementKind.Character, DualPosition.Left), (ElementKind.Dialogue, DualPosition.Left),
                (ElementKind.Character, DualPosition.Right), (ElementKind.Parenthetical, DualPosition.Right),
                (ElementKind.Dialogue, DualPosition.Right), (ElementKind.Action, DualPosition.None),
            ],
            script.Scenes[0].Elements.Select(e => (e.Kind, e.Dual)));
    }

    [Fact]
    public void Parse_StartsNewPage_AddsAPageBreak()
    {
        var script = FdxParser.Parse(Script(P("Scene Heading", "INT. A - DAY") + P("Action", "Next page.", " StartsNewPage=\"Yes\"")));

        Assert.Equal([ElementKind.PageBreak, ElementKind.Action], script.Scenes[0].Elements.Select(e => e.Kind));
    }

    [Fact]
    public void Parse_UnknownParagraphType_IsOther() =>
        Assert.Equal(
            ElementKind.Other,
            FdxParser.Parse(Script(P("Scene Heading", "INT. A - DAY") + P("Cast List", "ANNA, BOB"))).Scenes[0].Elements[0].Kind);

    [Fact]
    public void Parse_CenteredGeneral_IsCentered() =>
        Assert.Equal(
            ElementKind.Centered,
            FdxParser.Parse(Script(P("Scene Heading", "INT. A - DAY") + P("General", "THE END", " Alignment=\"Center\""))).Scenes[0].Elements[0].Kind);

    [Fact]
    public void Parse_TitlePage_NamesTitleCreditAuthorAndContact()
    {
        const string titlePage =
            "<TitlePage><Content>" +
            "<Paragraph Alignment=\"Center\"><Text Style=\"Bold\">BRICK &amp; STEEL</Text></Paragraph>" +
            "<Paragraph><Text></Text></Paragraph>" +
            "<Paragraph Alignment=\"Center\"><Text>Written by</Text></Paragraph>" +
            "<Paragraph Alignment=\"Center\"><Text>Stu Maschwitz</Text></Paragraph>" +
            "<Paragraph><Text></Text></Paragraph>" +
            "<Paragraph><Text>Next Level Productions</Text></Paragraph>" +
            "<Paragraph><Text>Solvang, CA</Text></Paragraph>" +
            "</Content></TitlePage>";

        var script = FdxParser.Parse(Script(P("Scene Heading", "INT. A - DAY"), titlePage));

        Assert.Equal(
            [
                new("Title", "**BRICK & STEEL**"), new("Credit", "Written by"), new("Author", "Stu Maschwitz"),
                new("Contact", "Next Level Productions\nSolvang, CA"),
            ],
            script.TitlePage);
        Assert.Equal("BRICK & STEEL", script.Title);
    }

    [Fact]
    public void Parse_ParagraphsBeforeFirstHeading_AreThePrelude()
    {
        var script = FdxParser.Parse(Script(P("Transition", "FADE IN:") + P("Scene Heading", "INT. A - DAY")));

        Assert.Equal((ElementKind.Transition, "FADE IN:"), (script.Prelude[0].Kind, script.Prelude[0].Text));
    }
}
