using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Backlot.Benchmarks.Reporting;

/// <summary>
/// A percentile BenchmarkDotNet has no built-in column for (it stops at P95 before P100). Like its own
/// percentile columns, it is taken over the per-iteration mean times, not over single invocations.
/// </summary>
public sealed class PercentileColumn(int percentile) : IColumn
{
    public string Id => $"{nameof(PercentileColumn)}.P{percentile}";

    public string ColumnName => $"P{percentile}";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Statistics;

    public int PriorityInCategory => percentile;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Time;

    public string Legend => $"Percentile {percentile} of the iteration means";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(style);
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        if (statistics is null)
            return "NA";
        var nanoseconds = statistics.Percentiles.Percentile(percentile);
        var unit = style.TimeUnit ?? Perfolizer.Horology.TimeUnit.GetBestTimeUnit(statistics.Mean);
        var value = Perfolizer.Horology.TimeInterval.FromNanoseconds(nanoseconds).ToUnit(unit);
        var text = value.ToString("N2", CultureInfo.InvariantCulture);
        return style.PrintUnitsInContent ? $"{text} {unit.Abbreviation}" : text;
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;
}
