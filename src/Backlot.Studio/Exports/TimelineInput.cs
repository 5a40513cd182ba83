using Backlot.Interchange;
using Backlot.Interchange.Timeline;

namespace Backlot.Studio.Exports;

/// <summary>Reads a timeline someone handed in (CLI file, API upload); a bad one is an error naming the file and the place.</summary>
public static class TimelineInput
{
    public static (string Format, Cut Cut) Read(string fileName, ReadOnlySpan<byte> content, double? rate)
    {
        FrameRate? edlRate;
        try
        {
            edlRate = rate is { } r ? FrameRate.FromDouble(r) : null;
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new StudioException(StudioErrorKind.Invalid, $"rate: {e.Message}", e);
        }

        try
        {
            return TimelineFiles.Read(fileName, content, edlRate);
        }
        catch (InterchangeFormatException e)
        {
            throw new StudioException(StudioErrorKind.Invalid, $"{fileName}: {e.Message}", e);
        }
    }
}
