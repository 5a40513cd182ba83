using Backlot.Screenplay.Breakdown;
using Backlot.Screenplay.Pages;
using Backlot.Screenplay.ShotPlanning;

namespace Backlot.Screenplay.Tests.Properties;

/// <summary>
/// What must hold for any input: reading it either fails with <see cref="ScriptFormatException"/> or gives a
/// script whose lines point into the file, whose scenes are numbered 1..n, and which the page measure, the
/// breakdown and the shot planner all accept. Any other exception escapes to FsCheck, which reports the input.
/// </summary>
internal static class ScriptInvariants
{
    /// <summary>Checks <paramref name="bytes"/>; returns false when the reader refused it with its own error.</summary>
    public static bool Hold(string fileName, byte[] bytes)
    {
        ParsedScript script;
        try
        {
            script = ScriptParser.Parse(fileName, bytes);
        }
        catch (ScriptFormatException)
        {
            return false;
        }

        var lines = ScriptEncodings.LineCount(bytes);
        foreach (var element in script.Prelude)
            AssertLine(element.SourceLine, lines, element.Kind.ToString());
        for (var i = 0; i < script.Scenes.Count; i++)
        {
            var scene = script.Scenes[i];
            Assert.Equal(i + 1, scene.Ordinal);
            AssertLine(scene.SourceLine, lines, $"scene {scene.Ordinal} heading");
            foreach (var element in scene.Elements)
                AssertLine(element.SourceLine, lines, $"scene {scene.Ordinal} {element.Kind}");
        }

        var report = PageMeasure.Measure(script);
        Assert.Equal(script.Scenes.Count, report.Scenes.Count);
        var eighths = report.Scenes.Select(s => s.Eighths).ToList();
        if (script.Scenes.Count > 0 && script.Scenes.Count <= report.Pages * 8)
            Assert.Equal(report.Pages * 8, eighths.Sum());

        var breakdown = ScriptBreakdown.Build(script, new ScriptPages(report.Pages, eighths));
        Assert.Equal(script.Scenes.Count, breakdown.Scenes.Count);
        foreach (var scene in script.Scenes)
            Assert.NotEmpty(ShotPlanner.Plan(scene));
        return true;
    }

    private static void AssertLine(int line, int lineCount, string what) =>
        Assert.True(line >= 1 && line <= lineCount, $"{what}: source line {line} is outside the file's lines 1..{lineCount}");
}
