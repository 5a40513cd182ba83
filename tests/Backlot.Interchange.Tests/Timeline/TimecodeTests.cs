using Backlot.Interchange.Timeline;

namespace Backlot.Interchange.Tests.Timeline;

public sealed class TimecodeTests
{
    private static readonly FrameRate Df30 = FrameRate.Ntsc30;
    private static readonly FrameRate Df60 = new(60000, 1001);

    [Fact]
    public void DropFrame_OneHour_Is107892Frames()
    {
        // 60 minutes × 60 s × 30 = 108000 numbers; 54 of the 60 minutes (all but 0, 10, …, 50) skip 2: 108000 − 108 = 107892.
        var tc = Timecode.Parse("01:00:00;00", Df30);

        Assert.Equal(107892, tc.Frames);
        Assert.True(tc.DropFrame);
        Assert.Equal("01:00:00;00", Timecode.Format(107892, Df30, dropFrame: true));
    }

    [Fact]
    public void DropFrame_AcrossAMinute_SkipsFrameNumbers0And1()
    {
        // 00:00:59;29 = 59 × 30 + 29 = 1799 (no minute has started yet, nothing skipped). 1799 + 1 = 1800.
        // Minute 1 does not start at ;00 and ;01: frame 1800 reads 00:01:00;02.
        var last = Timecode.Parse("00:00:59;29", Df30);
        Assert.Equal(1799, last.Frames);

        var next = last + 1;

        Assert.Equal(1800, next.Frames);
        Assert.Equal("00:01:00;02", next.ToString());
        Assert.Equal(next, Timecode.Parse("00:01:00;02", Df30));
    }

    [Fact]
    public void DropFrame_AcrossTenMinutes_KeepsFrameNumbers0And1()
    {
        // 00:09:59;29 = (9 × 60 + 59) × 30 + 29 − 2 × 9 (minutes 1–9 each skipped 2) = 17999 − 18 = 17981.
        // 17981 + 1 = 17982 = one ten-minute block (10 × 1800 − 18); minute 10 skips nothing: 00:10:00;00.
        var last = Timecode.Parse("00:09:59;29", Df30);
        Assert.Equal(17981, last.Frames);

        var next = last + 1;

        Assert.Equal(17982, next.Frames);
        Assert.Equal("00:10:00;00", next.ToString());
    }

    [Fact]
    public void DropFrame_At5994_SkipsFourNumbersEachMinute()
    {
        // 00:00:59;59 = 59 × 60 + 59 = 3599; +1 = 3600 reads 00:01:00;04 (numbers 00–03 skipped).
        // 01:00:00;00 = 60 × 60 × 60 − 4 × 54 = 216000 − 216 = 215784.
        Assert.Equal("00:01:00;04", (Timecode.Parse("00:00:59;59", Df60) + 1).ToString());
        Assert.Equal(215784, Timecode.Parse("01:00:00;00", Df60).Frames);
    }

    [Theory]
    [InlineData(24, "01:00:00:00", 86400)] // 3600 × 24
    [InlineData(24, "00:00:01:23", 47)] // 24 + 23
    [InlineData(25, "10:00:00:00", 900000)] // 36000 × 25
    [InlineData(25, "00:01:00:24", 1524)] // 60 × 25 + 24
    [InlineData(30, "01:00:00:00", 108000)] // 3600 × 30
    [InlineData(30, "00:01:00:00", 1800)] // NDF at 30 keeps every number
    public void NonDrop_CountsEveryFrameNumber(int fps, string text, long frames)
    {
        var rate = new FrameRate(fps, 1);

        Assert.Equal(frames, Timecode.Parse(text, rate).Frames);
        Assert.Equal(text, Timecode.Format(frames, rate, dropFrame: false));
    }

    [Fact]
    public void NonDrop_At2997_CountsLikeThirty()
    {
        // NDF at 29.97 numbers frames as if 30 fps: 01:00:00:00 is 108000 frames (and runs 3.6 s slow of the clock).
        Assert.Equal(108000, Timecode.Parse("01:00:00:00", Df30).Frames);
    }

    [Theory]
    [InlineData("01:00:00.00")]
    [InlineData("01;00;00;00")]
    public void Parse_DotOrSemicolon_MeansDropFrame(string text)
    {
        Assert.Equal(107892, Timecode.Parse(text, Df30).Frames);
    }

    [Fact]
    public void Subtract_GivesFramesBetween()
    {
        // 00:10:00;00 (17982) − 00:00:59;29 (1799) = 16183.
        Assert.Equal(16183, Timecode.Parse("00:10:00;00", Df30) - Timecode.Parse("00:00:59;29", Df30));
        Assert.Equal("00:00:59;29", (Timecode.Parse("00:01:00;02", Df30) - 1).ToString());
    }

    [Theory]
    [InlineData("00:00:00:24", 24, "frame 24 does not exist")]
    [InlineData("00:00:00:25", 25, "frame 25 does not exist")]
    [InlineData("00:01:00;00", 0, "skips frames 00–01 at the start of minute 1")]
    [InlineData("00:01:00;01", 0, "skips frames 00–01")]
    [InlineData("00:00:60:00", 24, "seconds must be 00–59")]
    [InlineData("00:60:00:00", 24, "minutes must be 00–59")]
    [InlineData("24:00:00:00", 24, "hours must be 00–23")]
    [InlineData("00:00:00;00", 24, "drop-frame timecode exists only at 29.97 and 59.94")]
    [InlineData("1:00:00:00", 24, "is not a timecode")]
    [InlineData("aa:00:00:00", 24, "is not a timecode")]
    public void Parse_RefusesImpossibleValues_WithTheReason(string text, int fps, string reason)
    {
        var rate = fps == 0 ? Df30 : new FrameRate(fps, 1);

        var error = Assert.Throws<FormatException>(() => Timecode.Parse(text, rate));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DropFrame_AtTenthMinute_FrameZeroIsValid()
    {
        Assert.Equal(17982, Timecode.Parse("00:10:00;00", Df30).Frames);
    }

    [Fact]
    public void Subtract_BelowZero_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Timecode.Parse("00:00:00:05", FrameRate.Fps24) - 6);
    }

    [Theory]
    [InlineData(24, 1, false)]
    [InlineData(25, 1, false)]
    [InlineData(30, 1, false)]
    [InlineData(30000, 1001, false)]
    [InlineData(30000, 1001, true)]
    [InlineData(60000, 1001, true)]
    public void FormatThenParse_RoundTrips_OverADay(int numerator, int denominator, bool dropFrame)
    {
        var rate = new FrameRate(numerator, denominator);
        var random = new Random(7);
        long day = dropFrame ? 24 * 6 * ((rate.TimecodeBase * 600L) - (9 * rate.TimecodeBase / 15)) : 86400L * rate.TimecodeBase;
        var samples = Enumerable.Range(0, 5000).Select(i => (long)i) // every frame of the first minutes' boundaries
            .Concat(Enumerable.Range(0, 5000).Select(_ => random.NextInt64(day)))
            .Append(day - 1);

        long previous = -1;
        string? previousText = null;
        foreach (var frames in samples)
        {
            string text = Timecode.Format(frames, rate, dropFrame);
            Assert.Equal(frames, Timecode.Parse(text, rate).Frames);
            if (frames == previous + 1 && previousText is not null)
                Assert.True(string.CompareOrdinal(previousText.Replace(';', ':'), text.Replace(';', ':')) < 0, $"{previousText} then {text}");
            previous = frames;
            previousText = text;
        }

        Assert.Equal("23:59:59" + (dropFrame ? ";" : ":") + (rate.TimecodeBase - 1).ToString("00", System.Globalization.CultureInfo.InvariantCulture),
            Timecode.Format(day - 1, rate, dropFrame));
    }
}
