using Backlot.Interchange.Timeline;

namespace Backlot.Interchange.Edl;

/// <summary>
/// A CMX 3600 edit decision list as written: title, frame-count mode, events in file order. Timecodes are held
/// as frame counts at <see cref="Rate"/>; each event remembers whether it was written drop frame.
/// </summary>
public sealed record EdlDocument(string? Title, FrameRate Rate, bool DropFrame, IReadOnlyList<EdlEvent> Events)
{
    /// <summary>Comment lines before the first event, in order.</summary>
    public IReadOnlyList<string> Comments { get; init; } = [];

    public bool Equals(EdlDocument? other) =>
        other is not null && Title == other.Title && Rate == other.Rate && DropFrame == other.DropFrame
        && Events.SequenceEqual(other.Events) && Comments.SequenceEqual(other.Comments);

    public override int GetHashCode() => HashCode.Combine(Title, Rate, DropFrame, Events.Count);
}

/// <summary>
/// One numbered event. A cut has one edit; a dissolve, wipe or key has two with the same number: the outgoing
/// source (<c>C</c>) then the incoming one with the transition and its length.
/// </summary>
public sealed record EdlEvent(int Number, IReadOnlyList<EdlEdit> Edits)
{
    /// <summary>Whether the event's timecodes were under <c>FCM: DROP FRAME</c>.</summary>
    public bool DropFrame { get; init; }

    /// <summary><c>* FROM CLIP NAME:</c>, the clip of a cut or the outgoing clip of a transition.</summary>
    public string? FromClipName { get; init; }

    /// <summary><c>* TO CLIP NAME:</c>, the incoming clip of a transition.</summary>
    public string? ToClipName { get; init; }

    /// <summary><c>* SOURCE FILE:</c>, the media the edit's reel stands for.</summary>
    public string? SourceFile { get; init; }

    /// <summary><c>*ASC_SOP (s s s)(o o o)(p p p)</c> as written after the keyword.</summary>
    public string? AscSop { get; init; }

    /// <summary><c>*ASC_SAT n</c> as written after the keyword.</summary>
    public string? AscSat { get; init; }

    /// <summary>An <c>M2</c> motion line: the event plays at another speed.</summary>
    public EdlSpeed? Speed { get; init; }

    /// <summary><c>*LOC:</c> locators, at record frames.</summary>
    public IReadOnlyList<EdlLocator> Locators { get; init; } = [];

    /// <summary>Comment lines the reader did not recognise, whole and in order.</summary>
    public IReadOnlyList<string> Comments { get; init; } = [];

    /// <summary>The edit that carries the picture: the incoming one of a transition.</summary>
    public EdlEdit Main => Edits[^1];

    public bool Equals(EdlEvent? other) =>
        other is not null && Number == other.Number && Edits.SequenceEqual(other.Edits) && DropFrame == other.DropFrame
        && FromClipName == other.FromClipName && ToClipName == other.ToClipName && SourceFile == other.SourceFile
        && AscSop == other.AscSop && AscSat == other.AscSat && Speed == other.Speed
        && Locators.SequenceEqual(other.Locators) && Comments.SequenceEqual(other.Comments);

    public override int GetHashCode() => HashCode.Combine(Number, Edits.Count, FromClipName, SourceFile);
}

/// <summary>
/// One event line: <c>REEL CHANNELS TRANSITION [DURATION] SRC-IN SRC-OUT REC-IN REC-OUT</c>, outs exclusive,
/// all in frames. <see cref="Transition"/> is <c>C</c>, <c>D</c>, <c>W001</c>…, <c>K</c>, <c>KB</c> or <c>KO</c>.
/// </summary>
public sealed record EdlEdit(
    string Reel,
    string Channels,
    string Transition,
    int? TransitionDuration,
    long SourceIn,
    long SourceOut,
    long RecordIn,
    long RecordOut)
{
    /// <summary>The reel name CMX uses for black.</summary>
    public const string BlackReel = "BL";

    public bool IsCut => Transition == "C";

    public bool IsBlack => Reel is BlackReel or "BLACK";

    public bool HasVideo => Channels.Contains('V', StringComparison.Ordinal) || Channels == "B";
}

/// <summary><c>M2 REEL fps SRC-IN</c>: the reel plays at <see cref="FramesPerSecond"/> (negative: reverse).</summary>
public sealed record EdlSpeed(string Reel, double FramesPerSecond, long SourceIn);

/// <summary><c>*LOC: TIMECODE COLOR NAME</c>, at a record frame.</summary>
public sealed record EdlLocator(long RecordFrame, string Color, string Name);
