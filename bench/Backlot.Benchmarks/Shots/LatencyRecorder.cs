using System.Diagnostics;
using System.Globalization;

namespace Backlot.Benchmarks.Shots;

/// <summary>
/// Per-request latencies, so the run also gives percentiles of single requests (BenchmarkDotNet's are over
/// iteration means). Every call is recorded, warm-up included; the array is sized up front so recording
/// allocates nothing.
/// </summary>
public sealed class LatencyRecorder(int capacity)
{
    private readonly long[] ticks = new long[capacity];
    private int count;

    public int Count => Math.Min(count, ticks.Length);

    public void Record(long startTimestamp)
    {
        var elapsed = Stopwatch.GetTimestamp() - startTimestamp;
        var i = count++;
        if (i < ticks.Length)
            ticks[i] = elapsed;
    }

    /// <summary>"n=…, p50=… ms, …" over everything recorded, nearest-rank percentiles.</summary>
    public string Describe()
    {
        var n = Count;
        if (n == 0)
            return "n=0";
        var sorted = ticks[..n];
        Array.Sort(sorted);
        string Ms(double p)
        {
            var rank = Math.Clamp((int)Math.Ceiling(p / 100 * n) - 1, 0, n - 1);
            return (sorted[rank] * 1000.0 / Stopwatch.Frequency).ToString("0.000", CultureInfo.InvariantCulture);
        }

        return $"n={n}, p50={Ms(50)} ms, p90={Ms(90)} ms, p95={Ms(95)} ms, p99={Ms(99)} ms, max={Ms(100)} ms";
    }
}
