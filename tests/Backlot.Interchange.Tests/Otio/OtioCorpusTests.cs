using System.Text.Json;
using Backlot.Interchange.Otio;

namespace Backlot.Interchange.Tests.Otio;

/// <summary>Every .otio file in the shared corpus, written by OTIO itself and by other tools.</summary>
public sealed class OtioCorpusTests
{
    public static TheoryData<string> CorpusFiles() => OtioCorpus.Files();

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void ReadWriteReread_GivesTheOriginalTree_WithOnlyClip1Upgraded(string file)
    {
        var original = OtioCorpus.Read(file);

        var written = OtioWriter.Write(OtioReader.Read(original));
        var rewritten = OtioWriter.Write(OtioReader.Read(written));

        using var expected = JsonDocument.Parse(RawOtio.UpgradeClips(RawOtio.Parse(original)).ToJsonString());
        using var actual = JsonDocument.Parse(RawOtio.Parse(written).ToJsonString());
        Assert.Null(RawOtio.FirstDifference(expected.RootElement, actual.RootElement));
        Assert.Equal(written, rewritten);
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void ToCut_AgreesWithAWalkOfTheRawJson_ClipsAndFramesPerTrack(string file)
    {
        var original = OtioCorpus.Read(file);
        var walked = RawOtio.WalkTracks(original);

        var cut = OtioCut.ToCut(OtioReader.Read(original));

        Assert.NotEmpty(walked);
        Assert.Equal(walked, cut.Tracks.Select(t => (t.Items.OfType<Backlot.Interchange.Timeline.CutClip>().Count(), t.Duration)).ToList());
    }
}
