using System.Globalization;

namespace Backlot.Interchange.Timeline;

/// <summary>
/// A SMPTE timecode: a frame count at a rate, shown as HH:MM:SS:FF. Drop-frame timecode (29.97 and 59.94 only)
/// skips frame numbers 0 and 1 (0–3 at 59.94) at the start of every minute except each tenth, so the clock
/// keeps up with real time; the frames themselves are never dropped, only their numbers.
/// </summary>
public readonly record struct Timecode
{
    /// <param name="frames">Frames since 00:00:00:00; 0 up to, not including, 24 hours.</param>
    public Timecode(long frames, FrameRate rate, bool dropFrame = false)
    {
        CheckDropFrame(rate, dropFrame);
        if (frames < 0)
            throw new ArgumentOutOfRangeException(nameof(frames), $"a timecode cannot be negative ({frames} frames)");
        if (frames >= FramesPerDay(rate, dropFrame))
            throw new ArgumentOutOfRangeException(nameof(frames), $"{frames} frames is past 23:59:59 at {rate} fps");
        Frames = frames;
        Rate = rate;
        DropFrame = dropFrame;
    }

    public long Frames { get; }

    public FrameRate Rate { get; }

    public bool DropFrame { get; }

    /// <summary>Whether a rate can have drop-frame timecode: 29.97 and 59.94.</summary>
    public static bool SupportsDropFrame(FrameRate rate) =>
        rate.Denominator == 1001 && rate.Numerator is 30000 or 60000;

    /// <summary>Reads "01:00:00:00" (non-drop) or "01:00:00;00" / "01:00:00.00" (drop frame).</summary>
    /// <exception cref="FormatException">The text is not a timecode, or names a frame that cannot exist.</exception>
    public static Timecode Parse(string text, FrameRate rate) =>
        TryParse(text, rate, out var timecode, out var error) ? timecode : throw new FormatException(error);

    /// <summary>As <see cref="Parse"/>; <paramref name="error"/> says what is wrong when it returns false.</summary>
    public static bool TryParse(string? text, FrameRate rate, out Timecode timecode, out string? error) =>
        TryParse(text, rate, forceDropFrame: false, out timecode, out error);

    /// <summary>As <see cref="TryParse(string?, FrameRate, out Timecode, out string?)"/>, reading the value as drop frame
    /// even when written with colons (EDLs under <c>FCM: DROP FRAME</c> often are).</summary>
    public static bool TryParse(string? text, FrameRate rate, bool forceDropFrame, out Timecode timecode, out string? error)
    {
        timecode = default;
        text = text?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length != 11 || text[2] is not (':' or ';') || text[5] is not (':' or ';')
            || text[8] is not (':' or ';' or '.'))
        {
            error = $"'{text}' is not a timecode (HH:MM:SS:FF, or HH:MM:SS;FF for drop frame)";
            return false;
        }

        int[] parts = new int[4];
        for (int i = 0; i < 4; i++)
        {
            if (!char.IsAsciiDigit(text[i * 3]) || !char.IsAsciiDigit(text[(i * 3) + 1]))
            {
                error = $"'{text}' is not a timecode (HH:MM:SS:FF, or HH:MM:SS;FF for drop frame)";
                return false;
            }

            parts[i] = ((text[i * 3] - '0') * 10) + (text[(i * 3) + 1] - '0');
        }

        bool dropFrame = forceDropFrame || text[8] != ':' || text[5] == ';' || text[2] == ';';
        return TryFromParts(parts[0], parts[1], parts[2], parts[3], rate, dropFrame, out timecode, out error);
    }

    /// <summary>The timecode with the given clock reading.</summary>
    /// <exception cref="FormatException">A part is out of range, or the frame number is one drop frame skips.</exception>
    public static Timecode FromParts(int hours, int minutes, int seconds, int frames, FrameRate rate, bool dropFrame) =>
        TryFromParts(hours, minutes, seconds, frames, rate, dropFrame, out var timecode, out var error)
            ? timecode
            : throw new FormatException(error);

    /// <summary>The text for a frame count: "HH:MM:SS:FF", or "HH:MM:SS;FF" in drop frame.</summary>
    public static string Format(long frames, FrameRate rate, bool dropFrame) => new Timecode(frames, rate, dropFrame).ToString();

    public int Hours => Split().Hours;

    public int Minutes => Split().Minutes;

    public int Seconds => Split().Seconds;

    /// <summary>The FF part of the reading, not the frame count.</summary>
    public int FrameNumber => Split().Frames;

    public Timecode AddFrames(long frames) => new(Frames + frames, Rate, DropFrame);

    /// <summary>Frames from <paramref name="other"/> to this timecode.</summary>
    public long FramesSince(Timecode other) => Frames - other.Frames;

    public static Timecode operator +(Timecode timecode, long frames) => timecode.AddFrames(frames);

    public static Timecode operator -(Timecode timecode, long frames) => timecode.AddFrames(-frames);

    public static long operator -(Timecode left, Timecode right) => left.FramesSince(right);

    public static Timecode Add(Timecode timecode, long frames) => timecode.AddFrames(frames);

    public static Timecode Subtract(Timecode timecode, long frames) => timecode.AddFrames(-frames);

    public static long Subtract(Timecode left, Timecode right) => left.FramesSince(right);

    public override string ToString()
    {
        var (h, m, s, f) = Split();
        char last = DropFrame ? ';' : ':';
        return string.Create(CultureInfo.InvariantCulture, $"{h:00}:{m:00}:{s:00}{last}{f:00}");
    }

    private (int Hours, int Minutes, int Seconds, int Frames) Split()
    {
        int fps = Rate.TimecodeBase;
        long n = Frames;
        if (DropFrame)
        {
            // Put the skipped numbers back: each ten minutes skips 9 × drop, each later minute in them skips drop.
            int drop = fps / 15;
            long perTen = (fps * 600L) - (9 * drop);
            long perMinute = (fps * 60L) - drop;
            long tens = n / perTen;
            long rest = n % perTen;
            n += 9 * drop * tens;
            if (rest >= drop)
                n += drop * ((rest - drop) / perMinute);
        }

        long totalSeconds = n / fps;
        return ((int)(totalSeconds / 3600), (int)(totalSeconds / 60 % 60), (int)(totalSeconds % 60), (int)(n % fps));
    }

    private static bool TryFromParts(int hours, int minutes, int seconds, int frames, FrameRate rate, bool dropFrame,
        out Timecode timecode, out string? error)
    {
        timecode = default;
        int fps = rate.TimecodeBase;
        string shown = $"{hours:00}:{minutes:00}:{seconds:00}{(dropFrame ? ';' : ':')}{frames:00}";
        if (dropFrame && !SupportsDropFrame(rate))
            error = $"{shown}: drop-frame timecode exists only at 29.97 and 59.94 fps, not {rate}";
        else if (hours is < 0 or > 23)
            error = $"{shown}: hours must be 00–23";
        else if (minutes is < 0 or > 59)
            error = $"{shown}: minutes must be 00–59";
        else if (seconds is < 0 or > 59)
            error = $"{shown}: seconds must be 00–59";
        else if (frames < 0 || frames >= fps)
            error = $"{shown}: frame {frames} does not exist at {rate} fps (frames run 00–{fps - 1:00})";
        else if (dropFrame && seconds == 0 && minutes % 10 != 0 && frames < fps / 15)
            error = $"{shown}: drop-frame timecode skips frames 00–{(fps / 15) - 1:00} at the start of minute {minutes}";
        else
            error = null;
        if (error is not null)
            return false;

        int totalMinutes = (hours * 60) + minutes;
        long count = ((((hours * 3600L) + (minutes * 60L) + seconds) * fps) + frames);
        if (dropFrame)
            count -= fps / 15 * (totalMinutes - (totalMinutes / 10));
        timecode = new Timecode(count, rate, dropFrame);
        return true;
    }

    private static long FramesPerDay(FrameRate rate, bool dropFrame) =>
        dropFrame ? 144 * ((rate.TimecodeBase * 600L) - (9 * (rate.TimecodeBase / 15))) : rate.TimecodeBase * 86400L;

    private static void CheckDropFrame(FrameRate rate, bool dropFrame)
    {
        if (dropFrame && !SupportsDropFrame(rate))
            throw new ArgumentException($"drop-frame timecode exists only at 29.97 and 59.94 fps, not {rate}", nameof(dropFrame));
    }
}
