using Backlot.Screenplay.Breakdown;
using Backlot.Screenplay.Fountain;
using static Backlot.Screenplay.Tests.Support.FountainText;

namespace Backlot.Screenplay.Tests.Breakdown;

public sealed class ScriptBreakdownTests
{
    private static BreakdownReport Build(string text) => ScriptBreakdown.Build(FountainParser.Parse(text));

    private static SceneBreakdown OnlyScene(params string[] lines) => Assert.Single(Build(Lines(lines)).Scenes);

    private static (string, ElementCategory)[] Elements(SceneBreakdown scene) =>
        scene.Elements.Select(e => (e.Name, e.Category)).ToArray();

    [Fact]
    public void Build_NameIntroducedInCapitals_IsNonSpeakingCast()
    {
        var scene = OnlyScene(
            "INT. DINER - NIGHT",
            "",
            "ROSA (60s, apron, tired eyes) refills a cup without a word.",
            "",
            "EDWARD",
            "Thanks.");

        Assert.Equal(["EDWARD"], scene.SpeakingCast);
        Assert.Equal(["ROSA"], scene.NonSpeakingCast);
        Assert.Empty(scene.Elements);
    }

    [Fact]
    public void Build_PeopleWithAHeadNoun_AreNonSpeakingCast_EvenAfterAnArticle()
    {
        var scene = OnlyScene("EXT. STREET - DAY", "", "Two COPS hold back a CROWD. A TALL MAN watches.");

        Assert.Equal(["COPS", "CROWD", "TALL MAN"], scene.NonSpeakingCast);
    }

    [Fact]
    public void Build_SpeakingCharacterIntroducedWithFullName_IsNotAlsoNonSpeaking()
    {
        var scene = OnlyScene(
            "INT. BOOTH - NIGHT",
            "",
            "MAYA OKAFOR (30s) threads a reel. GRAHAM HOLLIS (50s) waits.",
            "",
            "MAYA",
            "Nearly.",
            "",
            "HOLLIS",
            "Good.");

        Assert.Equal(["MAYA", "HOLLIS"], scene.SpeakingCast);
        Assert.Empty(scene.NonSpeakingCast);
    }

    [Fact]
    public void Build_SpeakingCharacterFlaggedInASceneWithoutLines_IsNonSpeakingThere()
    {
        var report = Build(Lines(
            "INT. HALL - DAY",
            "",
            "EDWARD SMITH (40) sleeps in a chair.",
            "",
            "INT. KITCHEN - DAY",
            "",
            "EDWARD",
            "Morning."));

        Assert.Equal(["EDWARD"], report.Scenes[0].NonSpeakingCast);
        Assert.Equal(CastPresence.NonSpeaking, report.Cast["EDWARD", 0]);
        Assert.Equal(CastPresence.Speaking, report.Cast["EDWARD", 1]);
    }

    [Fact]
    public void Build_PropsVehiclesSoundsAndEffects_AreCategorised()
    {
        var scene = OnlyScene(
            "EXT. FARM - NIGHT",
            "",
            "Walt pulls a tarp off his BUICK and finds a REVOLVER under the seat.",
            "",
            "BANG! The barn door SLAMS. SMOKE drifts from the loft.",
            "",
            "He picks up the LEDGER.");

        Assert.Equal(
            [
                ("BUICK", ElementCategory.Vehicle),
                ("REVOLVER", ElementCategory.Prop),
                ("BANG", ElementCategory.Sound),
                ("SLAMS", ElementCategory.Sound),
                ("SMOKE", ElementCategory.Effect),
                ("LEDGER", ElementCategory.Prop),
            ],
            Elements(scene));
        Assert.Empty(scene.NonSpeakingCast);
    }

    [Fact]
    public void Build_AnyWordFollowedByAnExclamationMark_IsASound()
    {
        var scene = OnlyScene("INT. ATTIC - NIGHT", "", "KA-CHUNK! The lights die.");

        Assert.Equal([("KA-CHUNK", ElementCategory.Sound)], Elements(scene));
    }

    [Fact]
    public void Build_WordInAPropList_IsAnElementNotCast_EvenWithoutAnArticle()
    {
        var scene = OnlyScene("INT. OFFICE - DAY", "", "On the desk, PHONE and KEYS.");

        Assert.Equal([("PHONE", ElementCategory.Prop), ("KEYS", ElementCategory.Prop)], Elements(scene));
        Assert.Empty(scene.NonSpeakingCast);
    }

    [Fact]
    public void Build_PossessiveBeforeTheHead_IsAThing()
    {
        var scene = OnlyScene("EXT. DRIVE - DAY", "", "Rain beads on WALT'S CONVERTIBLE and MARY'S QUILT.");

        Assert.Equal([("WALT'S CONVERTIBLE", ElementCategory.Vehicle), ("MARY'S QUILT", ElementCategory.Prop)], Elements(scene));
    }

    [Fact]
    public void Build_SignsAfterAColon_MarkupAndEmphasis_AreNotFlagged()
    {
        var scene = OnlyScene(
            "EXT. CINEMA - DAY",
            "",
            "The marquee reads: FINAL SHOW TONIGHT. A poster says \"SOLD OUT\".",
            "",
            "CLOSE ON the door. She does NOT look back. I mean it. FADE IN on nothing.");

        Assert.Empty(scene.Elements);
        Assert.Empty(scene.NonSpeakingCast);
    }

    [Fact]
    public void Build_VoiceOverAndContinuedCues_AreOneCharacter()
    {
        var report = Build(Lines(
            "INT. STUDY - NIGHT",
            "",
            "EDWARD",
            "One.",
            "",
            "EDWARD (V.O.)",
            "Two.",
            "",
            "EDWARD (CONT'D)",
            "Three.",
            "",
            "EXT. GARDEN - DAY",
            "",
            "EDWARD (O.S.)",
            "Four."));

        Assert.Equal(["EDWARD"], report.Scenes[0].SpeakingCast);
        var edward = Assert.Single(report.Characters);
        Assert.Equal(("EDWARD", 4), (edward.Name, edward.DialogueCount));
        Assert.Equal(["1", "2"], edward.Scenes);
    }

    [Fact]
    public void Build_YoungEdward_IsAnotherCharacter_SpeakingOrNot()
    {
        var report = Build(Lines(
            "INT. STUDY - NIGHT",
            "",
            "EDWARD",
            "I remember.",
            "",
            "YOUNG EDWARD",
            "So do I.",
            "",
            "EXT. RIVER - DAY (1962)",
            "",
            "YOUNG EDWARD (10) skims stones. EDWARD watches from the bank.",
            "",
            "EDWARD",
            "There."));

        Assert.Equal(["EDWARD", "YOUNG EDWARD"], report.Scenes[0].SpeakingCast);
        Assert.Equal(["EDWARD", "YOUNG EDWARD"], report.Characters.Select(c => c.Name));
        Assert.Equal(["YOUNG EDWARD"], report.Scenes[1].NonSpeakingCast);
        Assert.Equal(["1962"], report.Scenes[1].Periods);
    }

    [Fact]
    public void Build_Locations_GroupSpellingsAndCollectIntExt()
    {
        var report = Build(Lines(
            "EXT. BRICK'S PATIO - DAY",
            "",
            "Sun.",
            "",
            "INT. Brick's patio - NIGHT",
            "",
            "Moon.",
            "",
            "EXT. BRICK'S  PATIO - CONTINUOUS",
            "",
            "Stars."));

        var location = Assert.Single(report.Locations);
        Assert.Equal("BRICK'S PATIO", location.Location);
        Assert.Equal(["EXT", "INT"], location.IntExt);
        Assert.Equal(["1", "2", "3"], location.Scenes);
        Assert.Equal(["DAY", "NIGHT", "CONTINUOUS"], report.Scenes.Select(s => s.TimeOfDay));
    }

    [Fact]
    public void Build_ScreenTime_IsAboutAMinuteFor170Words()
    {
        var words = string.Join(' ', Enumerable.Repeat("word", ScreenTime.WordsPerMinute - 4));
        var scene = OnlyScene("INT. ROOM - DAY", "", words);

        Assert.Equal(TimeSpan.FromMinutes(1), scene.EstimatedScreenTime);
    }

    [Fact]
    public void Build_WithoutAPageMeasure_LeavesPagesAndEighthsNull()
    {
        var report = Build(Lines("INT. ROOM - DAY", "", "Quiet."));

        Assert.Null(report.Pages);
        Assert.Null(report.Scenes[0].Eighths);
    }

    [Fact]
    public void Build_WithAPageMeasure_CarriesPagesAndEighths()
    {
        var script = FountainParser.Parse(Lines("INT. ROOM - DAY", "", "Quiet.", "", "EXT. YARD - DAY", "", "Loud."));

        var report = ScriptBreakdown.Build(script, new ScriptPages(1, [3, 5]));

        Assert.Equal(1, report.Pages);
        Assert.Equal([3, 5], report.Scenes.Select(s => s.Eighths!.Value));
    }

    [Fact]
    public void Build_PageMeasureForOtherScenes_IsRejected()
    {
        var script = FountainParser.Parse(Lines("INT. ROOM - DAY", "", "Quiet."));

        Assert.Throws<ArgumentException>(() => ScriptBreakdown.Build(script, new ScriptPages(1, [3, 5])));
    }

    [Fact]
    public void Build_TitlePage_KeepsKeysAndDropsEmphasis()
    {
        var report = Build(Lines("Title: **THE REEL**", "Author: Someone", "", "INT. ROOM - DAY", "", "Quiet."));

        Assert.Equal(new KeyValuePair<string, string>[] { new("Title", "THE REEL"), new("Author", "Someone") }, report.Title);
    }
}
