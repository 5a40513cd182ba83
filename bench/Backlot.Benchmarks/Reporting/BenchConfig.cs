using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;

namespace Backlot.Benchmarks.Reporting;

/// <summary>
/// Columns every Backlot benchmark reports: the median first (the machines we measure on are shared), then
/// the spread as percentiles. Jobs are declared on each class, sized to its cost; outliers are kept
/// (OutlierMode.DontRemove on each class) so that P95/P99 show the stalls a loaded machine causes.
/// </summary>
public static class BenchConfig
{
    public static IConfig Create() =>
        DefaultConfig.Instance
            .WithArtifactsPath(ArtifactsPath())
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(StatisticColumn.Median, StatisticColumn.P90, StatisticColumn.P95, new PercentileColumn(99),
                StatisticColumn.Min, StatisticColumn.Max, StatisticColumn.Iterations);

    // Next to the project (bench/Backlot.Benchmarks/BenchmarkDotNet.Artifacts, git-ignored), wherever it is run from.
    private static string ArtifactsPath()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Backlot.Benchmarks.csproj")))
            dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? Directory.GetCurrentDirectory(), "BenchmarkDotNet.Artifacts");
    }
}
