using Backlot.Domain.Shots;
using Backlot.Screenplay.Fountain;
using Backlot.Screenplay.ShotPlanning;
using static Backlot.Screenplay.Tests.Support.FountainText;

namespace Backlot.Screenplay.Tests.ShotPlanning;

public sealed class ShotPlannerTests
{
    private static ParsedScene Scene(params string[] lines) => FountainParser.Parse(Lines(lines)).Scenes[0];

    private static readonly ParsedScene Patio = Scene(
        "EXT. BRICK'S PATIO - DAY #3#",
        "",
        "A gorgeous day. The sun is shining.",
        "",
        "STEEL",
        "Beer's ready!",
        "",
        "BRICK",
        "Are they cold?",
        "",
        "STEEL",
        "(grinning)",
        "Does a bear crap in the woods? Every single day of the week, partner.");

    [Fact]
    public void Plan_ExteriorScene_OpensWithExtremeWideOnAllCast()
    {
        var wide = ShotPlanner.Plan(Patio)[0];

        Assert.Equal(("3A", 1, ShotSize.EWS, "eye", 24.0), (wide.Code, wide.Ordinal, wide.Size, wide.Angle, wide.LensMm));
        Assert.Equal(ShotFraming.Establishing, wide.Framing);
        Assert.Equal(["STEEL", "BRICK"], wide.Characters);
        Assert.Contains("BRICK'S PATIO", wide.Description, StringComparison.Ordinal);
        Assert.Contains("A gorgeous day.", wide.Description, StringComparison.Ordinal);
        Assert.Equal((1, 4), (wide.FirstLine, wide.LastLine));
    }

    [Fact]
    public void Plan_InteriorScene_OpensWithWide()
    {
        var wide = ShotPlanner.Plan(Scene("INT. GARAGE - DAY", "", "They get in the car."))[0];

        Assert.Equal((ShotSize.WS, 28.0, ShotFraming.Establishing), (wide.Size, wide.LensMm, wide.Framing));
    }

    [Fact]
    public void Plan_TwoHander_HasATwoShotMasterOverTheWholeExchange()
    {
        var master = ShotPlanner.Plan(Patio)[1];

        Assert.Equal(("3B", ShotFraming.TwoShot, ShotSize.MS, 35.0), (master.Code, master.Framing, master.Size, master.LensMm));
        Assert.Equal(["STEEL", "BRICK"], master.Characters);
        Assert.Equal((5, 13), (master.FirstLine, master.LastLine));
        Assert.StartsWith("Two-shot: STEEL and BRICK", master.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_TwoHander_CoversEachSpeakerOverTheOthersShoulder()
    {
        var coverage = ShotPlanner.Plan(Patio).Skip(2).ToList();

        Assert.Equal(["3C", "3D"], coverage.Select(s => s.Code));
        Assert.All(coverage, s => Assert.Equal((ShotFraming.OverTheShoulder, ShotSize.MCU), (s.Framing, s.Size)));
        Assert.Equal(["STEEL", "BRICK"], coverage.Select(s => s.Subject));
        Assert.Equal([["STEEL", "BRICK"], ["BRICK", "STEEL"]], coverage.Select(s => s.Characters));
        Assert.Equal("OTS STEEL over BRICK: \"Beer's ready!\"", coverage[0].Description);
        Assert.Equal((5, 13), (coverage[0].FirstLine, coverage[0].LastLine));
        Assert.Equal((8, 9), (coverage[1].FirstLine, coverage[1].LastLine));
    }

    [Fact]
    public void Plan_Coverage_IsTimedFromThatSpeakersWords()
    {
        var plan = ShotPlanner.Plan(Patio);

        // STEEL speaks 2 + 14 words: 16 / 2.5 = 6.4 s; BRICK's 3 words fall back to the 2 s minimum.
        Assert.Equal(6.4, plan[2].EstimatedSeconds, 3);
        Assert.Equal(ShotPlanner.MinimumSingleSeconds, plan[3].EstimatedSeconds);
        // The master runs the whole exchange: 19 words / 2.5.
        Assert.Equal(7.6, plan[1].EstimatedSeconds, 3);
    }

    [Fact]
    public void Plan_ThreeSpeakers_GetAGroupMasterAndASingleEach()
    {
        var plan = ShotPlanner.Plan(Scene(
            "INT. KITCHEN - NIGHT", "", "ANNA", "Who's hungry?", "", "BEN", "Me.", "", "CARLA", "Not me."));

        Assert.Equal(
            [ShotFraming.Establishing, ShotFraming.Group, ShotFraming.Single, ShotFraming.Single, ShotFraming.Single],
            plan.Select(s => s.Framing));
        Assert.Equal((ShotSize.FS, 28.0), (plan[1].Size, plan[1].LensMm));
        Assert.Equal(["ANNA", "BEN", "CARLA"], plan.Skip(2).Select(s => s.Subject));
        Assert.All(plan.Skip(2), s => Assert.Equal((ShotSize.MCU, 50.0), (s.Size, s.LensMm)));
    }

    [Fact]
    public void Plan_LongActionBetweenSpeeches_StartsANewExchange()
    {
        var longAction = string.Join(' ', Enumerable.Repeat("walks", ShotPlanner.ExchangeBreakWords + 1));
        var plan = ShotPlanner.Plan(Scene(
            "INT. HALL - DAY", "", "ANNA", "Coming?", "", "BEN", "Yes.", "", longAction, "", "ANNA", "Here.", "", "BEN", "Good."));

        Assert.Equal(2, plan.Count(s => s.Framing == ShotFraming.TwoShot));
        Assert.Equal(4, plan.Count(s => s.Framing == ShotFraming.OverTheShoulder));
    }

    [Fact]
    public void Plan_ShortActionInsideAnExchange_KeepsOneMaster()
    {
        var plan = ShotPlanner.Plan(Scene(
            "INT. HALL - DAY", "", "ANNA", "Coming?", "", "He nods.", "", "BEN", "Yes."));

        Assert.Single(plan, s => s.Framing == ShotFraming.TwoShot);
    }

    [Fact]
    public void Plan_FlaggedProp_GetsAnInsertOnItsLine()
    {
        var plan = ShotPlanner.Plan(Scene(
            "INT. BOOTH - NIGHT", "", "MAYA", "Not tonight.", "", "She lifts the FILM CAN from the shelf."));

        var insert = Assert.Single(plan, s => s.Framing == ShotFraming.Insert);
        Assert.Equal((ShotSize.CU, "high", 85.0, 6), (insert.Size, insert.Angle, insert.LensMm, insert.FirstLine));
        Assert.Empty(insert.Characters);
        Assert.Equal("Insert: FILM CAN", insert.Description);
        Assert.Equal(plan[^1], insert);
    }

    [Fact]
    public void Plan_NonSpeakingCharacter_GetsACutAway()
    {
        var plan = ShotPlanner.Plan(Scene(
            "INT. BOOTH - NIGHT", "", "MAYA", "Not tonight.", "", "JUNE watches from the door."));

        var cutAway = Assert.Single(plan, s => s.Framing == ShotFraming.CutAway);
        Assert.Equal(["JUNE"], cutAway.Characters);
        Assert.Equal(("JUNE", ShotSize.MS, 6), (cutAway.Subject, cutAway.Size, cutAway.FirstLine));
        Assert.StartsWith("Cut-away: JUNE.", cutAway.Description, StringComparison.Ordinal);
        Assert.Contains("JUNE", plan[0].Characters);
    }

    [Fact]
    public void Plan_Monologue_IsAWideAndASingle()
    {
        var plan = ShotPlanner.Plan(Scene("INT. ROOM - DAY", "", "ANNA", "I have something to say."), newLocation: false);

        Assert.Equal([ShotFraming.Establishing, ShotFraming.Single], plan.Select(s => s.Framing));
        Assert.StartsWith("Wide:", plan[0].Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_InteriorDialogueWhereTheSceneBeforeWas_HasNoEstablishingShot()
    {
        var plan = ShotPlanner.Plan(Patio with { IntExt = "INT" }, newLocation: false);

        Assert.Equal(ShotFraming.TwoShot, plan[0].Framing);
        Assert.Equal("3A", plan[0].Code);
    }

    [Fact]
    public void PlanScript_SceneAtTheSameLocationAsTheOneBefore_IsNotANewLocation()
    {
        var script = FountainParser.Parse(Lines(
            "INT. KITCHEN - DAY", "", "ANNA", "Hi.", "", "BEN", "Hi.", "",
            "INT. KITCHEN - LATER", "", "ANNA", "Bye.", "", "BEN", "Bye.", "",
            "INT. HALL - DAY", "", "ANNA", "Hello?"));

        var plans = ShotPlanner.PlanScript(script);

        Assert.Equal([true, false, true], plans.Select(p => p.NewLocation));
        Assert.Equal([ShotFraming.Establishing, ShotFraming.TwoShot, ShotFraming.Establishing], plans.Select(p => p.Shots[0].Framing));
    }

    [Fact]
    public void Plan_SceneWithoutDialogue_IsOneWideWithNobodyInFrame()
    {
        var shot = Assert.Single(ShotPlanner.Plan(Scene("EXT. HILLTOP - DAWN", "", "Fog.")));

        Assert.Empty(shot.Characters);
        Assert.Equal(ShotPlanner.MinimumWideSeconds, shot.EstimatedSeconds);
    }

    [Fact]
    public void Plan_LongFirstLine_IsTruncatedInTheDescription()
    {
        var longLine = string.Join(' ', Enumerable.Repeat("blah", 60));
        var single = ShotPlanner.Plan(Scene("INT. ROOM - DAY", "", "ANNA", longLine))[1];

        Assert.True(single.Description.Length < 100, single.Description);
        Assert.EndsWith("…\"", single.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_SameScene_GivesTheSamePlan()
    {
        Assert.Equal(
            ShotPlanner.Plan(Patio).Select(s => s with { Characters = [] }),
            ShotPlanner.Plan(Patio).Select(s => s with { Characters = [] }));
    }

    [Fact]
    public void Framings_RoundTripThroughTheirKnobNames()
    {
        foreach (var framing in Enum.GetValues<ShotFraming>())
        {
            Assert.True(ShotFramings.TryParse(ShotFramings.Name(framing).ToUpperInvariant(), out var back));
            Assert.Equal(framing, back);
        }

        Assert.False(ShotFramings.TryParse("dutch", out _));
    }
}
