using Backlot.Interchange.Edl;
using Backlot.Interchange.Timeline;

namespace Backlot.Interchange.Tests.Edl;

public sealed class EdlWriterTests
{
    [Fact]
    public void WriteThenRead_Sample_GivesAnEqualDocument()
    {
        var edl = EdlReader.Read(EdlReaderTests.Sample, FrameRate.Fps24);

        var again = EdlReader.Read(EdlWriter.Write(edl), FrameRate.Fps24);

        Assert.Equal(edl, again);
    }

    [Fact]
    public void WriteThenRead_DropFrameWithFcmChange_GivesAnEqualDocument()
    {
        var text = """
            TITLE: df
            FCM: DROP FRAME
            001  A001     V     C        00:00:59;28 00:01:00;02 01:00:00;00 01:00:00;02
            * LOC LINE WE DO NOT KNOW
            FCM: NON-DROP FRAME
            002  A002     V     C        00:00:00:00 00:00:01:00 01:00:00:02 01:00:01:02
            """;
        var edl = EdlReader.Read(text, FrameRate.Ntsc30);

        string written = EdlWriter.Write(edl);

        Assert.Contains("00:00:59;28 00:01:00;02 01:00:00;00 01:00:00;02", written, StringComparison.Ordinal);
        Assert.Contains("FCM: NON-DROP FRAME\n002", written, StringComparison.Ordinal);
        Assert.Equal(edl, EdlReader.Read(written, FrameRate.Ntsc30));
    }

    [Fact]
    public void Write_Event_UsesCmxColumns()
    {
        var edl = new EdlDocument("t", FrameRate.Fps24, false,
        [
            new EdlEvent(1, [new EdlEdit("A001", "V", "C", null, 86400, 86448, 86400, 86448)]) { FromClipName = "shot_010" },
        ]);

        Assert.Equal("""
            TITLE: t
            FCM: NON-DROP FRAME

            001  A001     V     C        01:00:00:00 01:00:02:00 01:00:00:00 01:00:02:00
            * FROM CLIP NAME: shot_010

            """.ReplaceLineEndings("\n"), EdlWriter.Write(edl));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void FromCutThenToCut_GivesTheSameCut(bool dropFrame)
    {
        var rate = FrameRate.Ntsc30;
        var cut = new Cut("animatic", rate,
        [
            new CutTrack("V1", TrackKind.Video,
            [
                new CutClip("sh010", 0, 48, "file:///takes/sh010.mov")
                {
                    Reel = "SH010",
                    Metadata = new Dictionary<string, string> { [Cut.Keys.ShotId] = "7f3", [Cut.Keys.TakeNumber] = "2", ["asc.sat"] = "0.9" },
                    Markers = [new CutMarker("note", 10, 0, "RED", "")],
                },
                new CutTransition("D", "dissolve", 0, 12),
                new CutClip("sh020", 100, 1800, "file:///takes/sh020.mov") { Reel = "SH020" },
                new CutGap(30),
                new CutClip("sh030", 5, 40, null) { Reel = "SH030", Speed = 0.5 },
                new CutGap(15),
            ]),
        ]);

        var edl = EdlCut.FromCut(cut, dropFrame);
        var back = EdlCut.ToCut(EdlReader.Read(EdlWriter.Write(edl), rate));

        Assert.Equal(cut.Name, back.Name);
        var expected = cut.Tracks[0].Items;
        var actual = back.Tracks[0].Items;
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            if (expected[i] is CutClip e)
            {
                var a = Assert.IsType<CutClip>(actual[i]);
                Assert.Equal((e.Name, e.SourceIn, e.Duration, e.MediaUrl, e.Reel, e.Speed), (a.Name, a.SourceIn, a.Duration, a.MediaUrl, a.Reel, a.Speed));
                Assert.Equal(e.Metadata.OrderBy(p => p.Key), a.Metadata.OrderBy(p => p.Key));
                Assert.Equal(e.Markers, a.Markers);
            }
            else
            {
                Assert.Equal(expected[i], actual[i]);
            }
        }
    }

    [Fact]
    public void FromCut_CentredTransition_StartsTheDissolveAtTheCut()
    {
        var cut = new Cut("c", FrameRate.Fps24,
        [
            new CutTrack("V1", TrackKind.Video,
                [new CutClip("a", 0, 48, null), new CutTransition("x", "dissolve", 6, 6), new CutClip("b", 100, 48, null)]),
        ]);

        var edl = EdlCut.FromCut(cut, dropFrame: false, recordStart: 0);

        // The cut moves 6 frames earlier: a ends at 42, b starts at 42 from source 94, and the dissolve lasts 12.
        Assert.Equal(42, edl.Events[0].Main.RecordOut);
        Assert.Equal(new EdlEdit("AX", "V", "D", 12, 94, 148, 42, 96), edl.Events[1].Main);
        Assert.Equal(96, EdlCut.ToCut(edl).Duration);
    }

    [Fact]
    public void FromCut_DropFrameAt24_Refuses()
    {
        var cut = new Cut("c", FrameRate.Fps24, []);

        Assert.Throws<ArgumentException>(() => EdlCut.FromCut(cut, dropFrame: true));
    }
}
