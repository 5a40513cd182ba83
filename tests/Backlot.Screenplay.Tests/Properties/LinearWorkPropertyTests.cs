using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Backlot.Screenplay.Tests.Properties;

/// <summary>
/// Time stays linear in input size, measured without a clock: a generated script repeated until it is about
/// <see cref="SmallBytes"/> long, then 8 times as many repetitions, allocates between 4 and 16 times as much,
/// both to read and to read, measure, break down and plan. A quadratic step would give about 64.
/// </summary>
[Properties(Arbitrary = [typeof(ScriptArbitraries)])]
public sealed class LinearWorkPropertyTests
{
    private const int SmallBytes = 8 * 1024;
    private const double Low = 4;
    private const double High = 16;

    [Property(MaxTest = 150, EndSize = 60)]
    public Property Pipeline_RandomFountainEightTimesLonger_DoesAboutEightTimesTheWork(FountainScript script) =>
        Check("linear.fountain", script.ToBytes().Length, script.Repeated);

    [Property(MaxTest = 150, EndSize = 60)]
    public Property Pipeline_RandomFdxEightTimesLonger_DoesAboutEightTimesTheWork(FdxScript script) =>
        Check("linear.fdx", script.ToBytes().Length, script.Repeated);

    private static Property Check(string fileName, int unitBytes, Func<int, byte[]> repeated)
    {
        var times = Math.Max(1, SmallBytes / Math.Max(1, unitBytes));
        var small = WorkMeter.Measure(fileName, repeated(times));
        var large = small is null ? null : WorkMeter.Measure(fileName, repeated(8 * times));
        if (small is null || large is null)
            return Prop.ToProperty(true).Classify(true, "refused by the reader");

        var parse = (double)large.ParseBytes / small.ParseBytes;
        var pipeline = (double)large.PipelineBytes / small.PipelineBytes;
        Assert.True(parse is >= Low and <= High, $"reading allocated {small.ParseBytes:N0} then {large.ParseBytes:N0} bytes: ×{parse:F1}");
        Assert.True(pipeline is >= Low and <= High, $"the pipeline allocated {small.PipelineBytes:N0} then {large.PipelineBytes:N0} bytes: ×{pipeline:F1}");
        Assert.True(large.Elements <= 16 * Math.Max(1, small.Elements), $"{small.Elements} then {large.Elements} elements");
        return Prop.ToProperty(true).Classify(true, "measured");
    }
}
