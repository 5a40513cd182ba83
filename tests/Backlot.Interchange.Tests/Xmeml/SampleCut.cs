using Backlot.Interchange.Timeline;

namespace Backlot.Interchange.Tests.Xmeml;

/// <summary>An animatic as Backlot exports it: three clips (two from one file), a dissolve, a gap and markers.</summary>
internal static class SampleCut
{
    public static Cut Animatic(FrameRate rate) => new("Sc 12 animatic", rate,
    [
        new CutTrack("V1", TrackKind.Video,
        [
            new CutClip("12A", 0, 48, "file:///takes/sh010%20v2.mov")
            {
                Metadata = new Dictionary<string, string>
                {
                    [Cut.Keys.ShotId] = "0b7c", [Cut.Keys.ShotCode] = "12A", [Cut.Keys.SceneNumber] = "12", [Cut.Keys.TakeNumber] = "3",
                },
                Markers = [new CutMarker("check", 10, 0, "", "grain"), new CutMarker("hold", 20, 5, "", "")],
            },
            new CutTransition("Cross Dissolve", "dissolve", 6, 6),
            new CutClip("12B", 100, 72, "file:///takes/sh020.mov") { Metadata = new Dictionary<string, string> { [Cut.Keys.ShotId] = "1d2e" } },
            new CutGap(24),
            new CutClip("12C", 12, 36, "file:///takes/sh010%20v2.mov") { Metadata = new Dictionary<string, string> { [Cut.Keys.ShotId] = "99aa" } },
        ]),
    ]);

    /// <summary>Same clips, durations, source and record ins, media, metadata and markers (colour aside).</summary>
    public static void AssertSame(Cut expected, Cut actual, bool compareReels = false)
    {
        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal(expected.Rate, actual.Rate);
        Assert.Equal(expected.Tracks.Count, actual.Tracks.Count);
        for (int t = 0; t < expected.Tracks.Count; t++)
        {
            var e = expected.Tracks[t].WithRecordIn().ToList();
            var a = actual.Tracks[t].WithRecordIn().ToList();
            Assert.Equal(expected.Tracks[t].Kind, actual.Tracks[t].Kind);
            Assert.Equal(e.Count, a.Count);
            for (int i = 0; i < e.Count; i++)
            {
                Assert.Equal(e[i].RecordIn, a[i].RecordIn);
                if (e[i].Item is CutClip clip)
                {
                    var other = Assert.IsType<CutClip>(a[i].Item);
                    Assert.Equal((clip.Name, clip.SourceIn, clip.Duration, clip.MediaUrl), (other.Name, other.SourceIn, other.Duration, other.MediaUrl));
                    Assert.Equal(clip.Metadata.OrderBy(p => p.Key), other.Metadata.OrderBy(p => p.Key));
                    Assert.Equal(clip.Markers, other.Markers);
                    if (compareReels)
                        Assert.Equal(clip.Reel, other.Reel);
                }
                else
                {
                    Assert.Equal(e[i].Item, a[i].Item);
                }
            }
        }
    }
}
