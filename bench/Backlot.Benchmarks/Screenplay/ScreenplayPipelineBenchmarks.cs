using System.Security.Cryptography;
using Backlot.Screenplay;
using Backlot.Screenplay.Breakdown;
using Backlot.Screenplay.Pages;
using Backlot.Screenplay.ShotPlanning;
using BenchmarkDotNet.Attributes;
using Perfolizer.Mathematics.OutlierDetection;

namespace Backlot.Benchmarks.Screenplay;

/// <summary>
/// A 120-page feature script (<see cref="FeatureScript"/>, about 150 KB of Fountain) read, page-measured, broken
/// down with the page lengths, and shot-planned scene by scene on that breakdown (what the studio's import does):
/// the whole pipeline, then each stage on the previous stage's output.
/// Target: median ≤ 5 ms for the whole. compare-fountain-js.sh times fountain-js on the same file.
/// </summary>
[MemoryDiagnoser]
[Outliers(OutlierMode.DontRemove)]
[SimpleJob(launchCount: 1, warmupCount: 10, iterationCount: 40)]
public class ScreenplayPipelineBenchmarks
{
    private byte[] bytes = [];
    private ParsedScript script = null!;
    private ScriptPages pages = null!;
    private BreakdownReport breakdown = null!;

    [GlobalSetup]
    public void SetUp()
    {
        bytes = FeatureScript.BuildAndExport();
        script = ScriptParser.Parse("feature.fountain", bytes);
        var report = PageMeasure.Measure(script);
        pages = new ScriptPages(report.Pages, report.Scenes.Select(s => s.Eighths).ToList());
        breakdown = ScriptBreakdown.Build(script, pages);
        Console.WriteLine(
            $"// screenplay benchmark script: {bytes.Length:N0} bytes, {report.Pages} pages, {script.Scenes.Count} scenes, " +
            $"{script.Characters.Count} speaking characters, sha256 {Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]}, " +
            $"written to {FeatureScript.ExportPath}");
    }

    [Benchmark(Baseline = true, Description = "parse + page measure + breakdown + plan")]
    public int Pipeline()
    {
        var parsed = ScriptParser.Parse("feature.fountain", bytes);
        var report = PageMeasure.Measure(parsed);
        var sheets = ScriptBreakdown.Build(parsed, new ScriptPages(report.Pages, report.Scenes.Select(s => s.Eighths).ToList()));
        return CountShots(ShotPlanner.PlanScript(parsed, sheets));
    }

    [Benchmark(Description = "parse")]
    public ParsedScript Parse() => ScriptParser.Parse("feature.fountain", bytes);

    [Benchmark(Description = "page measure")]
    public PageReport Measure() => PageMeasure.Measure(script);

    [Benchmark(Description = "breakdown")]
    public BreakdownReport Breakdown() => ScriptBreakdown.Build(script, pages);

    [Benchmark(Description = "plan (all scenes, breakdown given)")]
    public int Plan() => CountShots(ShotPlanner.PlanScript(script, breakdown));

    private static int CountShots(IReadOnlyList<ScenePlan> plans)
    {
        var shots = 0;
        foreach (var plan in plans)
            shots += plan.Shots.Count;
        return shots;
    }
}
