using System.Globalization;
using System.Text;
using Backlot.Interchange.Timeline;

namespace Backlot.Interchange.Edl;

/// <summary>Writes CMX 3600 EDLs in the column layout Avid and Resolve write.</summary>
public static class EdlWriter
{
    public static string Write(EdlDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = new StringBuilder();
        if (document.Title is not null)
            text.Append("TITLE: ").Append(OneLine(document.Title)).Append('\n');
        bool dropFrame = document.DropFrame;
        text.Append("FCM: ").Append(Fcm(dropFrame)).Append('\n');
        foreach (var comment in document.Comments)
            text.Append(OneLine(comment)).Append('\n');

        foreach (var e in document.Events)
        {
            text.Append('\n');
            if (e.DropFrame != dropFrame)
            {
                dropFrame = e.DropFrame;
                text.Append("FCM: ").Append(Fcm(dropFrame)).Append('\n');
            }

            foreach (var edit in e.Edits)
                WriteEdit(text, e.Number, edit, document.Rate, dropFrame);
            if (e.Speed is { } speed)
            {
                text.Append(CultureInfo.InvariantCulture,
                    $"M2   {Reel(speed.Reel),-8}       {speed.FramesPerSecond.ToString("000.0", CultureInfo.InvariantCulture),6}                {Tc(speed.SourceIn, document.Rate, dropFrame)}\n");
            }

            if (e.FromClipName is not null)
                text.Append("* FROM CLIP NAME: ").Append(OneLine(e.FromClipName)).Append('\n');
            if (e.ToClipName is not null)
                text.Append("* TO CLIP NAME: ").Append(OneLine(e.ToClipName)).Append('\n');
            foreach (var locator in e.Locators)
            {
                text.Append("*LOC: ").Append(Tc(locator.RecordFrame, document.Rate, dropFrame));
                if (locator.Color.Length > 0)
                    text.Append(' ').Append(locator.Color.PadRight(7));
                text.Append(' ').Append(OneLine(locator.Name)).Append('\n');
            }

            if (e.SourceFile is not null)
                text.Append("* SOURCE FILE: ").Append(OneLine(e.SourceFile)).Append('\n');
            if (e.AscSop is not null)
                text.Append("*ASC_SOP ").Append(OneLine(e.AscSop)).Append('\n');
            if (e.AscSat is not null)
                text.Append("*ASC_SAT ").Append(OneLine(e.AscSat)).Append('\n');
            foreach (var comment in e.Comments)
                text.Append(OneLine(comment)).Append('\n');
        }

        return text.ToString();
    }

    private static void WriteEdit(StringBuilder text, int number, EdlEdit edit, FrameRate rate, bool dropFrame)
    {
        string duration = edit.TransitionDuration is { } d ? d.ToString("000", CultureInfo.InvariantCulture) : "";
        text.Append(CultureInfo.InvariantCulture,
            $"{number:000}  {Reel(edit.Reel),-8} {edit.Channels,-5} {edit.Transition,-4} {duration,3} ");
        text.Append(Tc(edit.SourceIn, rate, dropFrame)).Append(' ').Append(Tc(edit.SourceOut, rate, dropFrame)).Append(' ')
            .Append(Tc(edit.RecordIn, rate, dropFrame)).Append(' ').Append(Tc(edit.RecordOut, rate, dropFrame)).Append('\n');
    }

    private static string Fcm(bool dropFrame) => dropFrame ? "DROP FRAME" : "NON-DROP FRAME";

    private static string Tc(long frames, FrameRate rate, bool dropFrame) => Timecode.Format(frames, rate, dropFrame);

    // A reel is one field of the line: no spaces, never empty.
    private static string Reel(string reel)
    {
        var cleaned = new string(reel.Where(c => !char.IsWhiteSpace(c)).ToArray());
        return cleaned.Length == 0 ? "AX" : cleaned;
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
