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
        Assert.Equal(["STEEL", "BRICK"], wide.Characters);
        Assert.Contains("BRICK'S PATIO", wide.Description, StringComparison.Ordinal);
        Assert.Contains("A gorgeous day.", wide.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_InteriorScene_OpensWithWide()
    {
        var wide = ShotPlanner.Plan(Scene("INT. GARAGE - DAY", "", "They get in the car."))[0];

        Assert.Equal((ShotSize.WS, 28.0), (wide.Size, wide.LensMm));
    }

    [Fact]
    public void Plan_SpeakingCast_GetsOneSingleEachInOrderOfFirstLine()
    {
        var singles = ShotPlanner.Plan(Patio).Skip(1).ToList();

        Assert.Equal(["3B", "3C"], singles.Select(s => s.Code));
        Assert.Equal([["STEEL"], ["BRICK"]], singles.Select(s => s.Characters));
        Assert.All(singles, s => Assert.Equal((ShotSize.MCU, "eye", 50.0), (s.Size, s.Angle, s.LensMm)));
        Assert.Equal("STEEL: \"Beer's ready!\"", singles[0].Description);
    }

    [Fact]
    public void Plan_Single_IsTimedFromThatCharactersWords()
    {
        var steel = ShotPlanner.Plan(Patio)[1];
        var brick = ShotPlanner.Plan(Patio)[2];

        // STEEL speaks 2 + 14 words: 16 / 2.5 = 6.4 s; BRICK's 3 words fall back to the 2 s minimum.
        Assert.Equal(6.4, steel.EstimatedSeconds, 3);
        Assert.Equal(ShotPlanner.MinimumSingleSeconds, brick.EstimatedSeconds);
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
}
