using Backlot.Interchange.Timeline;

namespace Backlot.Interchange.Tests.Timeline;

public sealed class FrameRateTests
{
    [Theory]
    [InlineData(29.97, 30000, 1001)]
    [InlineData(23.976, 24000, 1001)]
    [InlineData(59.94, 60000, 1001)]
    [InlineData(24, 24, 1)]
    [InlineData(25.0, 25, 1)]
    public void FromDouble_FindsTheExactRatio(double value, int numerator, int denominator)
    {
        Assert.Equal(new FrameRate(numerator, denominator), FrameRate.FromDouble(value));
    }

    [Fact]
    public void Frames_And_Seconds_AreInverse_AtNtscRates()
    {
        var rate = FrameRate.Ntsc30;
        Assert.Equal(1800, rate.Frames(rate.Seconds(1800)));
        Assert.Equal(30, rate.TimecodeBase);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-24)]
    [InlineData(double.NaN)]
    public void FromDouble_RefusesWhatIsNotARate(double value)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FrameRate.FromDouble(value));
    }
}

public sealed class CutTests
{
    [Fact]
    public void RecordIn_CountsClipsAndGaps_ButNotTransitions()
    {
        var track = new CutTrack("V1", TrackKind.Video,
        [
            new CutClip("a", 0, 24, null),
            new CutTransition("x", "dissolve", 6, 6),
            new CutClip("b", 10, 48, null),
            new CutGap(12),
            new CutClip("c", 0, 5, null),
        ]);

        var recordIns = track.WithRecordIn().Select(p => p.RecordIn).ToList();

        Assert.Equal([0, 24, 24, 72, 84], recordIns);
        Assert.Equal(89, track.Duration);
        Assert.Equal(89, new Cut("cut", FrameRate.Fps24, [track, new CutTrack("A1", TrackKind.Audio, [new CutGap(10)])]).Duration);
    }
}
