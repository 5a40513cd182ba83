using Backlot.Interchange.Edl;
using Backlot.Interchange.Timeline;

namespace Backlot.Interchange.Tests.Edl;

public sealed class EdlReaderTests
{
    // 24 fps, non-drop: 01:00:00:00 = 3600 × 24 = 86400 frames, and each second is 24 frames.
    internal const string Sample = """
        TITLE: Backlot sample
        FCM: NON-DROP FRAME

        001  A001     V     C        01:00:00:00 01:00:02:00 01:00:00:00 01:00:02:00
        * FROM CLIP NAME: shot_010
        * SOURCE FILE: file:///media/shot_010.mov
        *ASC_SOP (1.1 1.0 0.9)(0.01 0.0 -0.02)(1.0 1.0 1.0)
        *ASC_SAT 0.85
        * NOTE: keep me

        002  A001     V     C        01:00:02:00 01:00:02:00 01:00:02:00 01:00:02:00
        002  A003     V     D    012 03:00:00:00 03:00:03:00 01:00:02:00 01:00:05:00
        * FROM CLIP NAME: shot_010
        * TO CLIP NAME: shot_030
        *LOC: 01:00:03:00 RED     check grain

        003  A004     V     C        04:00:00:00 04:00:01:00 01:00:06:00 01:00:07:00
        M2   A004       048.0                04:00:00:00
        * FROM CLIP NAME: shot_040

        004  BL       V     C        00:00:00:00 00:00:00:00 01:00:07:00 01:00:07:00
        004  A005     V     W001 008 05:00:00:00 05:00:02:00 01:00:07:00 01:00:09:00
        * TO CLIP NAME: shot_050

        005  BL       V     C        00:00:00:00 00:00:01:00 01:00:09:00 01:00:10:00
        006  A006     A     C        06:00:00:00 06:00:05:00 01:00:00:00 01:00:05:00
        """;

    [Fact]
    public void Read_Sample_ReadsEventsAndComments()
    {
        var edl = EdlReader.Read(Sample, FrameRate.Fps24);

        Assert.Equal("Backlot sample", edl.Title);
        Assert.False(edl.DropFrame);
        Assert.Equal([1, 2, 3, 4, 5, 6], edl.Events.Select(e => e.Number));
        var first = edl.Events[0];
        Assert.Equal(new EdlEdit("A001", "V", "C", null, 86400, 86448, 86400, 86448), first.Main);
        Assert.Equal("(1.1 1.0 0.9)(0.01 0.0 -0.02)(1.0 1.0 1.0)", first.AscSop);
        Assert.Equal("0.85", first.AscSat);
        Assert.Equal(["* NOTE: keep me"], first.Comments);
        var dissolve = edl.Events[1];
        Assert.Equal(2, dissolve.Edits.Count);
        Assert.Equal(12, dissolve.Main.TransitionDuration);
        Assert.Equal([new EdlLocator(86400 + 72, "RED", "check grain")], dissolve.Locators);
        Assert.Equal(new EdlSpeed("A004", 48, 345600), edl.Events[2].Speed);
        Assert.Equal("W001", edl.Events[3].Main.Transition);
    }

    [Fact]
    public void ToCut_Sample_GivesClipsGapsTransitionsAndMetadata()
    {
        var cut = EdlCut.ToCut(EdlReader.Read(Sample, FrameRate.Fps24));

        var items = Assert.Single(cut.Tracks).Items;
        Assert.Equal(8, items.Count);

        // 001: 01:00:00:00–01:00:02:00 is 48 frames of A001 from source 01:00:00:00 (86400).
        var shot010 = Assert.IsType<CutClip>(items[0]);
        Assert.Equal(("shot_010", 86400L, 48L, "file:///media/shot_010.mov", "A001"),
            (shot010.Name, shot010.SourceIn, shot010.Duration, shot010.MediaUrl, shot010.Reel));
        Assert.Equal("(1.1 1.0 0.9)(0.01 0.0 -0.02)(1.0 1.0 1.0)", shot010.Metadata["asc.sop"]);
        Assert.Equal("0.85", shot010.Metadata["asc.sat"]);
        Assert.Equal("* NOTE: keep me", shot010.Metadata["edl.comments"]);

        // 002: the dissolve starts at the cut (in offset 0) and lasts 12 frames into shot_030.
        Assert.Equal(new CutTransition("D", "dissolve", 0, 12), items[1]);
        var shot030 = Assert.IsType<CutClip>(items[2]);
        Assert.Equal(("shot_030", 3 * 86400L, 72L), (shot030.Name, shot030.SourceIn, shot030.Duration));
        // LOC 01:00:03:00 is 24 frames after the clip's record in 01:00:02:00.
        Assert.Equal([new CutMarker("check grain", 24, 0, "RED", "")], shot030.Markers);

        // 01:00:05:00 → 01:00:06:00 has no event: a 24-frame gap.
        Assert.Equal(new CutGap(24), items[3]);

        // 003: M2 at 48 fps on a 24 fps EDL is double speed.
        var shot040 = Assert.IsType<CutClip>(items[4]);
        Assert.Equal(("shot_040", 4 * 86400L, 24L, 2.0), (shot040.Name, shot040.SourceIn, shot040.Duration, shot040.Speed));

        Assert.Equal(new CutTransition("W001", "wipe", 0, 8), items[5]);
        var shot050 = Assert.IsType<CutClip>(items[6]);
        Assert.Equal(("shot_050", 5 * 86400L, 48L), (shot050.Name, shot050.SourceIn, shot050.Duration));

        // 005 is one second of black (a gap); 006 is audio only and not on the picture track.
        Assert.Equal(new CutGap(24), items[7]);
        Assert.Equal(48 + 72 + 24 + 24 + 48 + 24, cut.Duration);
    }

    [Fact]
    public void ToCut_BlackEvent_IsAGap()
    {
        var text = """
            001  A001     V     C        01:00:00:00 01:00:01:00 01:00:00:00 01:00:01:00
            002  BL       V     C        00:00:00:00 00:00:00:12 01:00:01:00 01:00:01:12
            003  A002     V     C        01:00:00:00 01:00:01:00 01:00:01:12 01:00:02:12
            """;

        var items = EdlCut.ToCut(EdlReader.Read(text, FrameRate.Fps24)).Tracks[0].Items;

        Assert.Equal(new CutGap(12), items[1]);
        Assert.Equal(60, items.Sum(i => i.Duration));
    }

    [Fact]
    public void Read_DropFrameFile_CountsAcrossTheMinute_AndKeepsFcmChanges()
    {
        var text = """
            TITLE: df
            FCM: DROP FRAME
            001  A001     V     C        00:00:59;28 00:01:00;02 01:00:00;00 01:00:00;02
            FCM: NON-DROP FRAME
            002  A002     V     C        00:00:00:00 00:00:01:00 01:00:00:02 01:00:01:02
            """;

        var edl = EdlReader.Read(text, FrameRate.Ntsc30);

        Assert.True(edl.DropFrame);
        // 00:00:59;28 = 59 × 30 + 28 = 1798; 00:01:00;02 = 1800 (;00 and ;01 skipped): 2 frames.
        Assert.Equal((1798L, 1800L), (edl.Events[0].Main.SourceIn, edl.Events[0].Main.SourceOut));
        Assert.Equal(107892, edl.Events[0].Main.RecordIn);
        Assert.True(edl.Events[0].DropFrame);
        Assert.False(edl.Events[1].DropFrame);
        Assert.Equal(108002, edl.Events[1].Main.RecordIn); // NDF: 3600 × 30 + 2
    }

    [Fact]
    public void Read_DropFrameWrittenWithColons_UnderDropFrameFcm_IsDropFrame()
    {
        var text = "FCM: DROP FRAME\n001  A001  V  C  00:00:00:00 00:00:01:00 01:00:00:00 01:00:01:00\n";

        Assert.Equal(107892, EdlReader.Read(text, FrameRate.Ntsc30).Events[0].Main.RecordIn);
    }

    [Theory]
    [InlineData("001  A001  V  C  01:00:00:00 01:00:01:00 01:00:00:00 01:00:01:00\n002  A002  V  C  01:00:00:00 01:00:01:24 01:00:01:00 01:00:02:00", 2, "source out: 01:00:01:24: frame 24 does not exist")]
    [InlineData("TITLE: t\n\n\n* x\n001  A001  V  C  01:00:00:00 01:00:01:00 01:00:02:00 01:00:01:00", 5, "record out 01:00:01:00 is before record in 01:00:02:00")]
    [InlineData("001  A001  V  X  01:00:00:00 01:00:01:00 01:00:00:00 01:00:01:00", 1, "unknown transition code 'X'")]
    [InlineData("001  A001  V  C  01:00:00:00 01:00:01:00 01:00:00:00 01:00:01:00\n\n003  A001  V  C  01:00:00:00 01:00:01:00", 3, "an event line has 6 fields")]
    [InlineData("001  A001  V  D  01:00:00:00 01:00:01:00 01:00:00:00 01:00:01:00", 1, "needs its duration")]
    [InlineData("FCM: SOMETIMES", 1, "FCM must be NON-DROP FRAME or DROP FRAME")]
    [InlineData("TITLE: t\nFCM: DROP FRAME", 2, "DROP FRAME needs a 29.97")]
    [InlineData("M2   A001  048.0  01:00:00:00", 1, "must follow the event")]
    [InlineData("001  A001  V  C  01:00:00:00 01:00:01:00 01:00:00:00 01:00:01:00\nM2   A001  fast  01:00:00:00", 2, "M2 speed 'fast'")]
    [InlineData("001  A001  V  C  01:00:00:00 01:00:01:00 01:00:00:00 01:00:01:00\n*ASC_SOP (1 1)(0 0 0)(1 1 1)", 2, "ASC_SOP must be")]
    [InlineData("001  A001  V  C  01:00:00:00 01:00:01:00 01:00:00:00 01:00:01:00\n001  A002  V  C  01:00:00:00 01:00:01:00 01:00:00:00 01:00:01:00", 2, "must be a transition")]
    [InlineData("hello there", 1, "not an EDL line")]
    public void Read_Malformed_NamesTheLine(string text, int line, string problem)
    {
        var error = Assert.Throws<InterchangeFormatException>(() => EdlReader.Read(text, FrameRate.Fps24));

        Assert.Equal(line, error.Line);
        Assert.StartsWith($"line {line}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DroppedFrameNumber_InDropFrameFile_NamesTheLine()
    {
        var text = "FCM: DROP FRAME\n001  A001  V  C  00:01:00;00 00:01:01;00 01:00:00;00 01:00:01;00\n";

        var error = Assert.Throws<InterchangeFormatException>(() => EdlReader.Read(text, FrameRate.Ntsc30));

        Assert.Equal("line 2: source in: 00:01:00;00: drop-frame timecode skips frames 00–01 at the start of minute 1", error.Message);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Read_RandomLineSoup_OnlyEverThrowsInterchangeFormatException(int seed)
    {
        string[] pieces =
        [
            "001", "002", "002", "999", "1234567", "A001", "BL", "AX", "V", "A", "A2", "B", "AA/V", "Q", "C", "D", "W001", "K", "KB",
            "012", "9999", "-1", "01:00:00:00", "01:00:01:00", "00:01:00;00", "00:00:59;29", "23:59:59:29", "99:99:99:99", "01:00:00.00",
            "*", "* FROM CLIP NAME:", "* TO CLIP NAME:", "*LOC:", "RED", "*ASC_SOP", "(1 1 1)", "(0 0 0)", "*ASC_SAT", "0.5", "x",
            "M2", "048.0", "-024.0", "NaN", "1e400", "TITLE:", "FCM:", "DROP FRAME", "NON-DROP FRAME", ">>>", "\t", "", "\u00e9", "*SOURCE FILE:",
        ];
        var random = new Random(seed);
        for (int round = 0; round < 3000; round++)
        {
            var lines = Enumerable.Range(0, random.Next(1, 12)).Select(_ =>
                string.Join(random.Next(3) == 0 ? "" : " ", Enumerable.Range(0, random.Next(0, 10)).Select(_ => pieces[random.Next(pieces.Length)])));
            string text = string.Join(random.Next(2) == 0 ? "\n" : "\r\n", lines);
            var rate = random.Next(2) == 0 ? FrameRate.Fps24 : FrameRate.Ntsc30;
            try
            {
                var edl = EdlReader.Read(text, rate);
                EdlReader.Read(EdlWriter.Write(edl), rate);
                EdlCut.ToCut(edl);
            }
            catch (InterchangeFormatException)
            {
            }
        }
    }
}
