using System.Text.Json;
using System.Text.RegularExpressions;
using Backlot.Screenplay.Fountain;
using Backlot.Screenplay.ShotPlanning;
using Backlot.Screenplay.Tests.Support;

namespace Backlot.Screenplay.Tests;

/// <summary>The sample production in samples/the-last-reel stays readable and its bibles match its cast.</summary>
public sealed partial class SampleProductionTests
{
    private static string Folder => Path.Combine(RepoPaths.Samples, "the-last-reel");

    private static ParsedScript Script => FountainParser.Parse(File.ReadAllBytes(Path.Combine(Folder, "the-last-reel.fountain")));

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$")]
    private static partial Regex Hex();

    [Fact]
    public void Sample_Screenplay_HasTitleSixScenesAndAThreeSpeakerScene()
    {
        var script = Script;

        Assert.Equal("THE LAST REEL", script.Title);
        Assert.Equal(6, script.Scenes.Count);
        Assert.Contains(script.Scenes, s => s.IntExt == "INT");
        Assert.Contains(script.Scenes, s => s.IntExt == "EXT");
        Assert.Contains(script.Scenes, s => s.Cast.Count >= 3);
        Assert.InRange(script.Characters.Count, 4, 5);
    }

    [Fact]
    public void Sample_Bibles_CoverEverySpeakingCharacterWithDistinctWardrobe()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "characters.json")));
        var bibles = json.RootElement.EnumerateArray().ToList();

        Assert.Equal(
            Script.Characters.Select(c => c.Name).Order(StringComparer.Ordinal),
            bibles.Select(b => b.GetProperty("name").GetString()!).Order(StringComparer.Ordinal));

        var tops = new List<string>();
        foreach (var bible in bibles)
        {
            Assert.InRange(bible.GetProperty("heightMetres").GetDouble(), 1.4, 2.1);
            Assert.Contains(bible.GetProperty("build").GetString(), new[] { "Slight", "Average", "Athletic", "Heavy" });
            foreach (var look in bible.GetProperty("looks").EnumerateArray())
            {
                foreach (var part in new[] { "top", "bottom", "shoes", "skin", "hair" })
                    Assert.Matches(Hex(), look.GetProperty(part).GetString());
                Assert.InRange(look.GetProperty("fromScene").GetInt32(), 1, 6);
                tops.Add(look.GetProperty("top").GetString()!.ToUpperInvariant());
            }
        }

        Assert.Equal(tops.Count, tops.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Sample_EveryScene_OpensWideAndCoversEverySpeaker()
    {
        foreach (var plan in ShotPlanner.PlanScript(Script))
        {
            Assert.Equal(ShotFraming.Establishing, plan.Shots[0].Framing);
            foreach (var speaker in plan.Scene.Cast)
                Assert.Contains(plan.Shots, s => s.Subject == speaker && s.Framing is ShotFraming.OverTheShoulder or ShotFraming.Single);
        }
    }
}
