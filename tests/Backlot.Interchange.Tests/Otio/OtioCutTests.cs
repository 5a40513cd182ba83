using Backlot.Interchange.Otio;
using Backlot.Interchange.Timeline;

namespace Backlot.Interchange.Tests.Otio;

public sealed class OtioCutTests
{
    [Fact]
    public void FromCut_Write_Read_ToCut_GivesTheSameCut()
    {
        var cut = SampleCut(FrameRate.Ntsc24, clips: 8);

        var back = OtioCut.ToCut(OtioReader.Read(OtioWriter.Write(OtioCut.FromCut(cut))));

        AssertSameCut(cut, back);
    }

    [Fact]
    public void FromCut_WritesBacklotMetadata_UnderOneBacklotObject()
    {
        var timeline = OtioCut.FromCut(SampleCut(FrameRate.Fps24));

        var clip = Assert.IsType<OtioClip>(Assert.IsType<OtioTrack>(timeline.Tracks.Children[0]).Children[0]);
        Assert.Equal("sh010", (string?)clip.Metadata!["backlot"]!["shotId"]);
        Assert.Equal("file:///takes/sh010_t2.mov", Assert.IsType<OtioExternalReference>(clip.ActiveMediaReference).TargetUrl);
    }

    [Fact]
    public void ToCut_ConvertsClipsAtAnotherRate_ToTheFirstClipsRate()
    {
        var json = OtioReaderTests.Timeline(
            """{"OTIO_SCHEMA": "Clip.2", "name": "a", "source_range": {"OTIO_SCHEMA": "TimeRange.1", "start_time": {"OTIO_SCHEMA": "RationalTime.1", "rate": 24, "value": 0}, "duration": {"OTIO_SCHEMA": "RationalTime.1", "rate": 24, "value": 24}}}""",
            """{"OTIO_SCHEMA": "Clip.2", "name": "b", "source_range": {"OTIO_SCHEMA": "TimeRange.1", "start_time": {"OTIO_SCHEMA": "RationalTime.1", "rate": 48, "value": 96}, "duration": {"OTIO_SCHEMA": "RationalTime.1", "rate": 48, "value": 72}}}""");

        var cut = OtioCut.ToCut(OtioReader.Read(json));

        Assert.Equal(FrameRate.Fps24, cut.Rate);
        var b = Assert.IsType<CutClip>(cut.Tracks[0].Items[1]);
        Assert.Equal((48L, 36L), (b.SourceIn, b.Duration));
    }

    internal static Cut SampleCut(FrameRate rate, int clips = 3)
    {
        var items = new List<CutItem>();
        for (var i = 0; i < clips; i++)
        {
            var shot = $"sh{(i + 1) * 10:000}";
            if (i > 0 && i % 3 == 1)
                items.Add(new CutTransition($"dissolve {i}", OtioTransition.Dissolve, 6, 6));
            if (i > 0 && i % 3 == 2)
                items.Add(new CutGap(12));
            items.Add(new CutClip(shot, 1001 + i, 48 + i, i % 4 == 3 ? null : $"file:///takes/{shot}_t2.mov")
            {
                Reel = i % 2 == 0 ? $"R{i:00}" : null,
                Speed = i % 5 == 4 ? 0.5 : 1,
                Metadata = new Dictionary<string, string>
                {
                    [Cut.Keys.ShotId] = shot,
                    [Cut.Keys.ShotCode] = shot.ToUpperInvariant(),
                    [Cut.Keys.TakeNumber] = "2",
                    [Cut.Keys.SceneNumber] = "12A",
                },
                Markers = i % 2 == 0
                    ? [new CutMarker("note", 5, 1, "RED", $"fix the eyeline in {shot}"), new CutMarker("", 20, 0, "GREEN", "")]
                    : [],
            });
        }

        return new Cut("animatic", rate, [
            new CutTrack("V1", TrackKind.Video, items),
            new CutTrack("A1", TrackKind.Audio, [new CutGap(24), new CutClip("room tone", 0, 100, "file:///audio/tone.wav")]),
        ]);
    }

    private static void AssertSameCut(Cut expected, Cut actual)
    {
        Assert.Equal((expected.Name, expected.Rate, expected.Tracks.Count), (actual.Name, actual.Rate, actual.Tracks.Count));
        foreach (var (e, a) in expected.Tracks.Zip(actual.Tracks))
        {
            Assert.Equal((e.Name, e.Kind, e.Items.Count), (a.Name, a.Kind, a.Items.Count));
            foreach (var (ei, ai) in e.Items.Zip(a.Items))
            {
                Assert.Equal(ei.GetType(), ai.GetType());
                if (ei is CutClip ec && ai is CutClip ac)
                {
                    Assert.Equal((ec.Name, ec.SourceIn, ec.Duration, ec.MediaUrl, ec.Reel, ec.Speed), (ac.Name, ac.SourceIn, ac.Duration, ac.MediaUrl, ac.Reel, ac.Speed));
                    Assert.Equal(ec.Metadata.OrderBy(p => p.Key, StringComparer.Ordinal), ac.Metadata.OrderBy(p => p.Key, StringComparer.Ordinal));
                    Assert.Equal(ec.Markers, ac.Markers);
                }
                else
                {
                    Assert.Equal(ei, ai);
                }
            }
        }
    }
}
