using Backlot.Screenplay.Breakdown;
using Backlot.Screenplay.Fountain;
using Backlot.Screenplay.Tests.Support;

namespace Backlot.Screenplay.Tests.Breakdown;

/// <summary>The sample production's script, broken down; expectations read off the script by hand.</summary>
public sealed class SampleBreakdownTests
{
    private static readonly BreakdownReport Report = ScriptBreakdown.Build(
        FountainParser.Parse(File.ReadAllBytes(Path.Combine(RepoPaths.Samples, "the-last-reel", "the-last-reel.fountain"))));

    [Fact]
    public void Build_Sample_HasItsSixScenesWithIntExtAndTimeOfDay()
    {
        Assert.Equal(
            [("INT", "NIGHT"), ("EXT", "DAY"), ("INT", "DAY"), ("INT", "NIGHT"), ("INT", "NIGHT"), ("EXT", "NIGHT")],
            Report.Scenes.Select(s => (s.IntExt, s.TimeOfDay)));
    }

    [Fact]
    public void Build_Sample_ListsEachLocationOnceWithItsScenes()
    {
        Assert.Equal(
            ["ORPHEUM PROJECTION BOOTH", "ORPHEUM THEATRE", "WALT'S GARAGE", "ORPHEUM AUDITORIUM"],
            Report.Locations.Select(l => l.Location));
        Assert.Equal(["1", "4"], Report.Locations[0].Scenes);
        Assert.Equal(["2", "6"], Report.Locations[1].Scenes);
        Assert.Equal(["EXT"], Report.Locations[1].IntExt);
    }

    [Fact]
    public void Build_Sample_CastIntroducedWithFullNames_AreTheSpeakingCharacters()
    {
        Assert.Equal(["MAYA", "DEV"], Report.Scenes[0].SpeakingCast);
        Assert.Equal(["HOLLIS", "WALT", "MAYA"], Report.Scenes[1].SpeakingCast);
        Assert.All(Report.Scenes.Take(4), s => Assert.Empty(s.NonSpeakingCast));
    }

    [Fact]
    public void Build_Sample_JuneDancesOnScreenWithoutALine()
    {
        var auditorium = Report.Scenes[4];

        Assert.Equal(["MAYA"], auditorium.SpeakingCast);
        Assert.Equal(["JUNE"], auditorium.NonSpeakingCast);
        Assert.Equal(CastPresence.NonSpeaking, Report.Cast["JUNE", 4]);
        Assert.Equal(CastPresence.Absent, Report.Cast["WALT", 0]);
        Assert.Equal(CastPresence.Speaking, Report.Cast["WALT", 1]);
    }

    [Fact]
    public void Build_Sample_MarqueeAndCanLabels_AreNotFlaggedAsElementsOrCast()
    {
        Assert.All(Report.Scenes, s => Assert.Empty(s.Elements));
    }

    [Fact]
    public void Build_Sample_RunsAboutSixMinutes_AndKeepsItsTitlePage()
    {
        Assert.InRange(Report.EstimatedScreenTime, TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(8));
        Assert.Contains(new KeyValuePair<string, string>("Title", "THE LAST REEL"), Report.Title);
        Assert.Equal(["MAYA", "DEV", "HOLLIS", "WALT"], Report.Characters.Select(c => c.Name));
    }
}
