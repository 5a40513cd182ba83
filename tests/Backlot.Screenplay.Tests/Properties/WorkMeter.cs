using Backlot.Screenplay.Breakdown;
using Backlot.Screenplay.Pages;
using Backlot.Screenplay.ShotPlanning;

namespace Backlot.Screenplay.Tests.Properties;

/// <summary>
/// Measures work without a clock: the bytes the runtime allocates on this thread while reading a script, and
/// while reading, measuring, breaking down and planning it. A machine's load changes times, not these counts.
/// </summary>
internal static class WorkMeter
{
    public sealed record Work(long ParseBytes, long PipelineBytes, int Elements);

    /// <summary>The work for <paramref name="bytes"/>, or null when the reader refuses them.</summary>
    public static Work? Measure(string fileName, byte[] bytes)
    {
        try
        {
            Run(fileName, bytes); // first run: JIT and static caches are not the input's work
            var start = GC.GetAllocatedBytesForCurrentThread();
            var script = ScriptParser.Parse(fileName, bytes);
            var parsed = GC.GetAllocatedBytesForCurrentThread();
            Pipeline(script);
            var end = GC.GetAllocatedBytesForCurrentThread();
            return new Work(parsed - start, end - start, script.Prelude.Count + script.Scenes.Sum(s => s.Elements.Count + 1));
        }
        catch (ScriptFormatException)
        {
            return null;
        }
    }

    private static void Run(string fileName, byte[] bytes) => Pipeline(ScriptParser.Parse(fileName, bytes));

    private static void Pipeline(ParsedScript script)
    {
        var report = PageMeasure.Measure(script);
        var pages = script.Scenes.Count > 0
            ? new ScriptPages(report.Pages, report.Scenes.Select(s => s.Eighths).ToList())
            : null;
        ScriptBreakdown.Build(script, pages);
        foreach (var scene in script.Scenes)
            ShotPlanner.Plan(scene);
    }
}
