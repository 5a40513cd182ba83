using System.Globalization;

namespace Backlot.Interchange.Timeline;

/// <summary>A frame rate as a ratio: 24/1, 25/1, 30000/1001 (29.97), 24000/1001 (23.976).</summary>
public readonly record struct FrameRate
{
    public FrameRate(int numerator, int denominator)
    {
        if (numerator <= 0 || denominator <= 0)
            throw new ArgumentOutOfRangeException(nameof(numerator), $"a frame rate must be positive, not {numerator}/{denominator}");
        Numerator = numerator;
        Denominator = denominator;
    }

    public int Numerator { get; }

    public int Denominator { get; }

    public static FrameRate Fps24 { get; } = new(24, 1);

    public static FrameRate Fps25 { get; } = new(25, 1);

    public static FrameRate Fps30 { get; } = new(30, 1);

    public static FrameRate Ntsc24 { get; } = new(24000, 1001);

    public static FrameRate Ntsc30 { get; } = new(30000, 1001);

    public double Value => (double)Numerator / Denominator;

    /// <summary>The whole number of frames a timecode counts per second (30 for 29.97).</summary>
    public int TimecodeBase => (int)Math.Round(Value);

    /// <summary>The rate nearest a decimal value; 23.976, 29.97 and 59.94 become their exact NTSC ratios.</summary>
    public static FrameRate FromDouble(double value)
    {
        if (!double.IsFinite(value) || value <= 0 || value > 1000)
            throw new ArgumentOutOfRangeException(nameof(value), $"{value} is not a frame rate");
        foreach (var ntsc in new[] { 24, 30, 48, 60, 120 })
        {
            var exact = ntsc * 1000.0 / 1001;
            if (Math.Abs(value - exact) < 0.005)
                return new FrameRate(ntsc * 1000, 1001);
        }

        return Math.Abs(value - Math.Round(value)) < 1e-9
            ? new FrameRate((int)Math.Round(value), 1)
            : new FrameRate((int)Math.Round(value * 1000), 1000);
    }

    public double Seconds(long frames) => frames * (double)Denominator / Numerator;

    public long Frames(double seconds) => (long)Math.Round(seconds * Numerator / Denominator, MidpointRounding.AwayFromZero);

    public override string ToString() => Denominator == 1
        ? Numerator.ToString(CultureInfo.InvariantCulture)
        : Value.ToString("0.###", CultureInfo.InvariantCulture);
}
