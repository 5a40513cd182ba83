using Backlot.Interchange.Timeline;

namespace Backlot.Interchange.Edl;

/// <summary>
/// Between an EDL and the common <see cref="Cut"/>. An EDL has one picture track; record time starts at the first
/// video event; empty record time and black (BL) become gaps. A CMX dissolve starts at its cut point, so it becomes a
/// <see cref="CutTransition"/> with in offset 0 and out offset the dissolve's length.
/// </summary>
/// <remarks>
/// Clip metadata: <c>*ASC_SOP</c> / <c>*ASC_SAT</c> go to "asc.sop" / "asc.sat"; comments written
/// <c>* backlot.key: value</c> go to "backlot.key"; other unrecognised comments go, joined by newlines, to "edl.comments".
/// </remarks>
public static class EdlCut
{
    public const string AscSopKey = "asc.sop";
    public const string AscSatKey = "asc.sat";
    public const string CommentsKey = "edl.comments";

    /// <summary>The reel written for a clip that has none ("auxiliary source").</summary>
    public const string DefaultReel = "AX";

    public static Cut ToCut(EdlDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var rate = document.Rate;
        var events = document.Events.Where(e => e.Main.HasVideo).ToList();
        var items = new List<CutItem>();
        long position = events.Count == 0 ? 0 : events.Min(e => e.Edits[0].RecordIn);

        foreach (var e in events)
        {
            if (e.Edits.Count == 2)
            {
                var from = e.Edits[0];
                if (from.RecordOut > from.RecordIn)
                    Place(items, ref position, e, from, e.FromClipName ?? from.Reel, isMain: false, rate);
                else
                    MoveTo(items, ref position, e, from.RecordIn);
            }

            var main = e.Main;
            if (!main.IsCut)
            {
                MoveTo(items, ref position, e, main.RecordIn);
                items.Add(new CutTransition(main.Transition, TransitionKind(main.Transition), 0, main.TransitionDuration ?? 0));
            }

            string name = (e.Edits.Count == 2 ? e.ToClipName : e.FromClipName ?? e.ToClipName) ?? main.Reel;
            Place(items, ref position, e, main, name, isMain: true, rate);
        }

        return new Cut(document.Title ?? "EDL", rate, [new CutTrack("V1", TrackKind.Video, items)]);
    }

    /// <summary>The first video track of <paramref name="cut"/> as an EDL.</summary>
    /// <param name="recordStart">Record timecode of the first frame, in frames; 01:00:00:00 when null.</param>
    public static EdlDocument FromCut(Cut cut, bool dropFrame, long? recordStart = null)
    {
        ArgumentNullException.ThrowIfNull(cut);
        if (dropFrame && !Timecode.SupportsDropFrame(cut.Rate))
            throw new ArgumentException($"drop-frame timecode exists only at 29.97 and 59.94 fps, not {cut.Rate}", nameof(dropFrame));
        long start = recordStart ?? Timecode.FromParts(1, 0, 0, 0, cut.Rate, dropFrame).Frames;
        var track = cut.Tracks.FirstOrDefault(t => t.Kind == TrackKind.Video);
        var placed = track is null ? [] : track.WithRecordIn().ToList();
        var events = new List<EdlEvent>();
        int number = 1;

        for (int i = 0; i < placed.Count; i++)
        {
            if (placed[i].Item is not CutClip clip)
                continue;
            long recIn = start + placed[i].RecordIn;
            long srcIn = clip.SourceIn;
            long duration = clip.Duration;

            // A CMX dissolve starts at its cut point: move the cut back by the transition's in offset.
            var before = i > 0 ? placed[i - 1].Item as CutTransition : null;
            if (before is not null)
            {
                recIn -= before.InOffset;
                srcIn -= before.InOffset;
                duration += before.InOffset;
            }

            if (i + 1 < placed.Count && placed[i + 1].Item is CutTransition after)
                duration -= after.InOffset;

            var edit = new EdlEdit(Reel(clip), "V", "C", null, srcIn, srcIn + duration, recIn, recIn + duration);
            var edits = new List<EdlEdit>();
            string? fromName = clip.Name;
            string? toName = null;
            if (before is not null)
            {
                var outgoing = i > 1 ? placed[i - 2].Item as CutClip : null;
                long outSrc = outgoing is null ? 0 : outgoing.SourceIn + outgoing.Duration - before.InOffset;
                edits.Add(new EdlEdit(outgoing is null ? EdlEdit.BlackReel : Reel(outgoing), "V", "C", null, outSrc, outSrc, recIn, recIn));
                edit = edit with { Transition = TransitionCode(before), TransitionDuration = (int)(before.InOffset + before.OutOffset) };
                fromName = outgoing?.Name;
                toName = clip.Name;
            }

            edits.Add(edit);
            events.Add(new EdlEvent(number++, edits)
            {
                DropFrame = dropFrame,
                FromClipName = fromName,
                ToClipName = toName,
                SourceFile = clip.MediaUrl,
                AscSop = clip.Metadata.GetValueOrDefault(AscSopKey),
                AscSat = clip.Metadata.GetValueOrDefault(AscSatKey),
                Speed = clip.Speed == 1 ? null : new EdlSpeed(Reel(clip), Math.Round(clip.Speed * cut.Rate.TimecodeBase, 1), srcIn),
                Locators = clip.Markers.Select(m => new EdlLocator(recIn + m.Frame, m.Color.ToUpperInvariant(), m.Name)).ToList(),
                Comments = CommentsFrom(clip.Metadata),
            });
        }

        // Empty record time between events needs no event, but a gap at the end would be lost: write it as black.
        if (placed.Count > 0 && placed[^1].Item is CutGap tail)
        {
            long at = start + placed[^1].RecordIn;
            events.Add(new EdlEvent(number, [new EdlEdit(EdlEdit.BlackReel, "V", "C", null, 0, tail.Duration, at, at + tail.Duration)])
            {
                DropFrame = dropFrame,
            });
        }

        return new EdlDocument(cut.Name, cut.Rate, dropFrame, events);
    }

    private static void Place(List<CutItem> items, ref long position, EdlEvent e, EdlEdit edit, string name, bool isMain, FrameRate rate)
    {
        MoveTo(items, ref position, e, edit.RecordIn);
        long duration = edit.RecordOut - edit.RecordIn;
        position = edit.RecordOut;
        if (duration == 0)
            return;
        if (edit.IsBlack)
        {
            items.Add(new CutGap(duration));
            return;
        }

        if (!isMain)
        {
            items.Add(new CutClip(name, edit.SourceIn, duration, null) { Reel = edit.Reel });
            return;
        }

        var metadata = new Dictionary<string, string>();
        if (e.AscSop is not null)
            metadata[AscSopKey] = e.AscSop;
        if (e.AscSat is not null)
            metadata[AscSatKey] = e.AscSat;
        var others = new List<string>();
        foreach (var comment in e.Comments)
        {
            if (TryBacklotComment(comment, out var key, out var value))
                metadata[key] = value;
            else
                others.Add(comment);
        }

        if (others.Count > 0)
            metadata[CommentsKey] = string.Join('\n', others);

        items.Add(new CutClip(name, edit.SourceIn, duration, e.SourceFile)
        {
            Reel = edit.Reel,
            Speed = e.Speed is { } speed ? speed.FramesPerSecond / rate.TimecodeBase : 1,
            Metadata = metadata,
            Markers = e.Locators.Select(l => new CutMarker(l.Name, l.RecordFrame - edit.RecordIn, 0, l.Color, "")).ToList(),
        });
    }

    // Empty record time is a gap; an event that starts inside the previous one overwrites its tail.
    private static void MoveTo(List<CutItem> items, ref long position, EdlEvent e, long recordIn)
    {
        if (recordIn > position)
        {
            items.Add(new CutGap(recordIn - position));
        }
        else if (recordIn < position)
        {
            long overlap = position - recordIn;
            int last = items.FindLastIndex(i => i is not CutTransition);
            if (last < 0 || items[last].Duration < overlap)
                throw new InterchangeFormatException($"event {e.Number:000}: record in overlaps earlier events by {overlap} frames");
            items[last] = items[last] switch
            {
                CutClip c => c with { Duration = c.Duration - overlap },
                CutGap g => g with { Duration = g.Duration - overlap },
                var other => other,
            };
        }

        position = recordIn;
    }

    private static string TransitionKind(string code) => code switch
    {
        "D" => "dissolve",
        ['W', ..] => "wipe",
        _ => "key",
    };

    private static string TransitionCode(CutTransition transition)
    {
        string name = transition.Name.ToUpperInvariant();
        if (name is "D" or "K" or "KB" or "KO" || (name.Length == 4 && name[0] == 'W' && name[1..].All(char.IsAsciiDigit)))
            return name;
        return transition.Kind.ToUpperInvariant() switch
        {
            "WIPE" or "SMPTE_WIPE" => "W001",
            "KEY" => "K",
            _ => "D",
        };
    }

    private static string Reel(CutClip clip) => string.IsNullOrWhiteSpace(clip.Reel) ? DefaultReel : clip.Reel;

    private static List<string> CommentsFrom(IReadOnlyDictionary<string, string> metadata)
    {
        var comments = new List<string>();
        foreach (var (key, value) in metadata.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (key.StartsWith("backlot.", StringComparison.Ordinal))
                comments.Add($"* {key}: {value.ReplaceLineEndings(" ")}");
        }

        if (metadata.TryGetValue(CommentsKey, out var others))
            comments.AddRange(others.Split('\n').Select(c => c.StartsWith('*') ? c : "* " + c));
        return comments;
    }

    private static bool TryBacklotComment(string comment, out string key, out string value)
    {
        key = value = "";
        string body = comment.TrimStart('*').TrimStart();
        int colon = body.IndexOf(':', StringComparison.Ordinal);
        if (!body.StartsWith("backlot.", StringComparison.Ordinal) || colon < 0 || body[..colon].Any(char.IsWhiteSpace))
            return false;
        key = body[..colon];
        value = body[(colon + 1)..].Trim();
        return true;
    }
}
