using System.Globalization;
using System.Text.RegularExpressions;
using Backlot.Interchange.Timeline;

namespace Backlot.Interchange.Edl;

/// <summary>Reads CMX 3600 EDLs. Anything malformed is an <see cref="InterchangeFormatException"/> naming the line.</summary>
public static partial class EdlReader
{
    private const string EventShape = "expected 'NNN REEL CHANNELS TRANSITION [DURATION] SRC-IN SRC-OUT REC-IN REC-OUT'";

    /// <param name="text">The EDL's text.</param>
    /// <param name="rate">The frame rate: an EDL does not say its own.</param>
    public static EdlDocument Read(string text, FrameRate rate)
    {
        ArgumentNullException.ThrowIfNull(text);
        string? title = null;
        bool? firstDropFrame = null;
        bool dropFrame = false;
        var preamble = new List<string>();
        var events = new List<EventBuilder>();
        EventBuilder? current = null;

        var lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            int lineNumber = i + 1;
            string line = lines[i].TrimEnd('\r', ' ', '\t');
            string trimmed = line.TrimStart();
            if (trimmed.Length == 0)
                continue;

            if (trimmed.StartsWith("TITLE:", StringComparison.OrdinalIgnoreCase))
            {
                if (title is not null || events.Count > 0)
                    throw InterchangeFormatException.AtLine(lineNumber, "TITLE: may appear once, before the events");
                title = trimmed["TITLE:".Length..].Trim();
            }
            else if (trimmed.StartsWith("FCM:", StringComparison.OrdinalIgnoreCase))
            {
                dropFrame = ReadFcm(trimmed["FCM:".Length..].Trim(), rate, lineNumber);
                firstDropFrame ??= dropFrame;
            }
            else if (trimmed[0] == '*')
            {
                if (current is null)
                    preamble.Add(trimmed);
                else
                    ReadComment(trimmed, current, rate, lineNumber);
            }
            else if (M2Line().IsMatch(trimmed))
            {
                if (current is null)
                    throw InterchangeFormatException.AtLine(lineNumber, "an M2 speed line must follow the event it changes");
                if (current.Speed is not null)
                    throw InterchangeFormatException.AtLine(lineNumber, $"event {current.Number} already has an M2 speed line");
                current.Speed = ReadSpeed(trimmed, rate, current.DropFrame, lineNumber);
            }
            else if (trimmed.StartsWith(">>>", StringComparison.Ordinal) || trimmed.StartsWith("SPLIT:", StringComparison.OrdinalIgnoreCase)
                     || trimmed.StartsWith("AUD", StringComparison.OrdinalIgnoreCase))
            {
                // Lines some editors add (source tables, audio splits): kept as they are.
                (current?.Comments ?? preamble).Add(trimmed);
            }
            else if (char.IsAsciiDigit(trimmed[0]))
            {
                var (number, edit) = ReadEdit(trimmed, rate, dropFrame, lineNumber);
                if (current is not null && current.Number == number)
                {
                    if (current.Edits.Count == 2)
                        throw InterchangeFormatException.AtLine(lineNumber, $"event {number:000} has more than two lines");
                    if (edit.IsCut)
                        throw InterchangeFormatException.AtLine(lineNumber,
                            $"the second line of event {number:000} must be a transition (D, Wnnn or K), not a cut");
                    if (!current.Edits[0].IsCut)
                        throw InterchangeFormatException.AtLine(lineNumber,
                            $"the first line of event {number:000} must be the outgoing cut (C) of its transition");
                    current.Edits.Add(edit);
                }
                else
                {
                    current = new EventBuilder(number, dropFrame);
                    current.Edits.Add(edit);
                    events.Add(current);
                }
            }
            else
            {
                throw InterchangeFormatException.AtLine(lineNumber, $"not an EDL line: '{Shorten(trimmed)}'");
            }
        }

        return new EdlDocument(title, rate, firstDropFrame ?? false, events.Select(e => e.Build()).ToList())
        {
            Comments = preamble,
        };
    }

    private static bool ReadFcm(string mode, FrameRate rate, int lineNumber)
    {
        bool drop = mode.ToUpperInvariant() switch
        {
            "NON-DROP FRAME" or "NON DROP FRAME" => false,
            "DROP FRAME" => true,
            _ => throw InterchangeFormatException.AtLine(lineNumber, $"FCM must be NON-DROP FRAME or DROP FRAME, not '{Shorten(mode)}'"),
        };
        if (drop && !Timecode.SupportsDropFrame(rate))
            throw InterchangeFormatException.AtLine(lineNumber, $"DROP FRAME needs a 29.97 or 59.94 fps EDL; this one is read at {rate}");
        return drop;
    }

    private static (int Number, EdlEdit Edit) ReadEdit(string line, FrameRate rate, bool dropFrame, int lineNumber)
    {
        var tokens = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length is not (8 or 9))
            throw InterchangeFormatException.AtLine(lineNumber, $"an event line has {tokens.Length} fields; {EventShape}");
        if (tokens[0].Length > 6 || !tokens[0].All(char.IsAsciiDigit))
            throw InterchangeFormatException.AtLine(lineNumber, $"'{Shorten(tokens[0])}' is not an event number");
        int number = int.Parse(tokens[0], CultureInfo.InvariantCulture);
        string reel = tokens[1];
        string channels = tokens[2].ToUpperInvariant();
        if (!Channels().IsMatch(channels))
            throw InterchangeFormatException.AtLine(lineNumber, $"'{Shorten(tokens[2])}' is not a channel (V, A, A2, B, AA/V, NONE…)");
        string transition = tokens[3].ToUpperInvariant();
        if (!TransitionCode().IsMatch(transition))
            throw InterchangeFormatException.AtLine(lineNumber,
                $"unknown transition code '{Shorten(tokens[3])}' (expected C, D, Wnnn, K, KB or KO)");

        int? duration = null;
        if (tokens.Length == 9)
        {
            if (transition == "C")
                throw InterchangeFormatException.AtLine(lineNumber, $"a cut (C) takes no transition duration; {EventShape}");
            if (tokens[4].Length > 4 || !tokens[4].All(char.IsAsciiDigit))
                throw InterchangeFormatException.AtLine(lineNumber, $"'{Shorten(tokens[4])}' is not a transition duration in frames");
            duration = int.Parse(tokens[4], CultureInfo.InvariantCulture);
        }
        else if (transition != "C")
        {
            throw InterchangeFormatException.AtLine(lineNumber, $"a {transition} transition needs its duration in frames; {EventShape}");
        }

        int at = tokens.Length - 4;
        long srcIn = ReadTimecode(tokens[at], "source in", rate, dropFrame, lineNumber);
        long srcOut = ReadTimecode(tokens[at + 1], "source out", rate, dropFrame, lineNumber);
        long recIn = ReadTimecode(tokens[at + 2], "record in", rate, dropFrame, lineNumber);
        long recOut = ReadTimecode(tokens[at + 3], "record out", rate, dropFrame, lineNumber);
        if (srcOut < srcIn)
            throw InterchangeFormatException.AtLine(lineNumber, $"source out {tokens[at + 1]} is before source in {tokens[at]}");
        if (recOut < recIn)
            throw InterchangeFormatException.AtLine(lineNumber, $"record out {tokens[at + 3]} is before record in {tokens[at + 2]}");
        return (number, new EdlEdit(reel, channels, transition, duration, srcIn, srcOut, recIn, recOut));
    }

    private static long ReadTimecode(string text, string what, FrameRate rate, bool dropFrame, int lineNumber)
    {
        if (!Timecode.TryParse(text, rate, dropFrame, out var timecode, out var error))
            throw InterchangeFormatException.AtLine(lineNumber, $"{what}: {Shorten(error ?? text, 120)}");
        return timecode.Frames;
    }

    private static EdlSpeed ReadSpeed(string line, FrameRate rate, bool dropFrame, int lineNumber)
    {
        var tokens = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length != 4)
            throw InterchangeFormatException.AtLine(lineNumber, "expected 'M2 REEL SPEED SRC-IN', e.g. 'M2   A001   048.0   01:00:00:00'");
        if (!double.TryParse(tokens[2], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var fps)
            || !double.IsFinite(fps) || Math.Abs(fps) > 10000)
            throw InterchangeFormatException.AtLine(lineNumber, $"M2 speed '{Shorten(tokens[2])}' is not frames per second");
        return new EdlSpeed(tokens[1], fps, ReadTimecode(tokens[3], "M2 source in", rate, dropFrame, lineNumber));
    }

    private static void ReadComment(string line, EventBuilder current, FrameRate rate, int lineNumber)
    {
        string body = line[1..].TrimStart();
        if (TryRest(body, "FROM CLIP NAME:", out var rest))
            current.FromClipName = rest;
        else if (TryRest(body, "TO CLIP NAME:", out rest))
            current.ToClipName = rest;
        else if (TryRest(body, "SOURCE FILE:", out rest))
            current.SourceFile = rest;
        else if (TryRest(body, "LOC:", out rest))
            current.Locators.Add(ReadLocator(rest, rate, current.DropFrame, lineNumber));
        else if (TryRest(body, "ASC_SOP", out rest))
        {
            if (!AscSop().IsMatch(rest))
                throw InterchangeFormatException.AtLine(lineNumber, $"ASC_SOP must be (slope ×3)(offset ×3)(power ×3), not '{Shorten(rest)}'");
            current.AscSop = rest;
        }
        else if (TryRest(body, "ASC_SAT", out rest))
        {
            if (!double.TryParse(rest, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                throw InterchangeFormatException.AtLine(lineNumber, $"ASC_SAT must be a number, not '{Shorten(rest)}'");
            current.AscSat = rest;
        }
        else
        {
            current.Comments.Add(line);
        }
    }

    private static EdlLocator ReadLocator(string rest, FrameRate rate, bool dropFrame, int lineNumber)
    {
        var parts = rest.Split([' ', '\t'], 2, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
            throw InterchangeFormatException.AtLine(lineNumber, "a LOC: locator needs a timecode");
        long frame = ReadTimecode(parts[0], "locator", rate, dropFrame, lineNumber);
        string tail = parts.Length > 1 ? parts[1].Trim() : "";
        var words = tail.Split([' ', '\t'], 2, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 0 && LocatorColors.Contains(words[0]))
            return new EdlLocator(frame, words[0].ToUpperInvariant(), words.Length > 1 ? words[1].Trim() : "");
        return new EdlLocator(frame, "", tail);
    }

    private static readonly HashSet<string> LocatorColors = new(StringComparer.OrdinalIgnoreCase)
    {
        "RED", "GREEN", "BLUE", "CYAN", "MAGENTA", "YELLOW", "BLACK", "WHITE", "ORANGE", "PURPLE", "PINK",
    };

    private static bool TryRest(string body, string keyword, out string rest)
    {
        if (body.StartsWith(keyword, StringComparison.OrdinalIgnoreCase))
        {
            rest = body[keyword.Length..].Trim();
            return true;
        }

        rest = "";
        return false;
    }

    private static string Shorten(string text, int max = 40) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max), "…");

    [GeneratedRegex(@"^M2\s")]
    private static partial Regex M2Line();

    [GeneratedRegex(@"^(?:NONE|B|V|A\d{0,2}|AA|A\d{0,2}/V|AA/V|V/A\d{0,2})$")]
    private static partial Regex Channels();

    [GeneratedRegex(@"^(?:C|D|W\d{3}|K|KB|KO)$")]
    private static partial Regex TransitionCode();

    [GeneratedRegex(@"^(?:\(\s*[-+]?\d*\.?\d+(?:[eE][-+]?\d+)?(?:\s+[-+]?\d*\.?\d+(?:[eE][-+]?\d+)?){2}\s*\)\s*){3}$")]
    private static partial Regex AscSop();

    private sealed class EventBuilder(int number, bool dropFrame)
    {
        public int Number { get; } = number;

        public bool DropFrame { get; } = dropFrame;

        public List<EdlEdit> Edits { get; } = [];

        public string? FromClipName { get; set; }

        public string? ToClipName { get; set; }

        public string? SourceFile { get; set; }

        public string? AscSop { get; set; }

        public string? AscSat { get; set; }

        public EdlSpeed? Speed { get; set; }

        public List<EdlLocator> Locators { get; } = [];

        public List<string> Comments { get; } = [];

        public EdlEvent Build() => new(Number, Edits)
        {
            DropFrame = DropFrame,
            FromClipName = FromClipName,
            ToClipName = ToClipName,
            SourceFile = SourceFile,
            AscSop = AscSop,
            AscSat = AscSat,
            Speed = Speed,
            Locators = Locators,
            Comments = Comments,
        };
    }
}
