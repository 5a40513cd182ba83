using System.Text;
using Backlot.Interchange;
using Backlot.Interchange.Timeline;
using Backlot.Studio.Auth;
using Backlot.Studio.Exports;
using Backlot.Studio.Renders;
using Backlot.Studio.Tests.Support;

namespace Backlot.Studio.Tests.Exports;

public sealed class AnimaticExportTests
{
    private static CancellationToken Ct => StudioHarness.Ct;

    [Theory]
    [InlineData(ExportFormat.Otio)]
    [InlineData(ExportFormat.Edl)]
    [InlineData(ExportFormat.Xmeml)]
    [InlineData(ExportFormat.FcpXml)]
    public async Task Export_OfTheAnimatic_RereadsThroughOurReaderToTheSameCut(ExportFormat format)
    {
        await using var studio = StudioHarness.Create();
        var import = await studio.ImportSmallSampleAsync();
        await studio.RenderAsync(new RenderSelection(import.ProductionId.ToString(), Scene: "2"));
        var animatic = await studio.Get<AnimaticBuilder>().LoadAsync(AccessScope.Local, null, null, Ct);
        var expected = AnimaticBuilder.ToCut(animatic);

        var result = await studio.Get<ExportService>().ExportAsync(AccessScope.Local, format, null, null, Ct);
        var (_, cut) = TimelineFiles.Read(result.Main.Path, result.Main.Content);

        var want = Clips(expected);
        var got = Clips(cut);
        Assert.Equal(import.ShotsPlanned, got.Count);
        Assert.Equal(want.Select(c => (c.Clip.Name, c.Clip.Duration, c.RecordIn, c.Clip.MediaUrl)), got.Select(c => (c.Clip.Name, c.Clip.Duration, c.RecordIn, c.Clip.MediaUrl)));
        Assert.Equal(want.Select(c => c.Clip.Metadata[Cut.Keys.ShotId]), got.Select(c => c.Clip.Metadata[Cut.Keys.ShotId]));
        Assert.Equal(expected.Duration, cut.Duration);

        // The frames of rendered shots travel with the timeline, at the paths its clips name.
        var frames = result.Files.Skip(1).Select(f => f.Path).ToHashSet();
        Assert.All(animatic.Shots.Where(s => s.BeautySha256 is not null), s => Assert.Contains(s.FramePath, frames));
    }

    [Fact]
    public async Task ImportCut_WithTwoShotsSwappedAndThreeDurationsChanged_ChangesExactlyThose()
    {
        await using var studio = StudioHarness.Create();
        var import = await studio.ImportSmallSampleAsync();
        var before = await ShotsAsync(studio);
        var cut = AnimaticBuilder.ToCut(await studio.Get<AnimaticBuilder>().LoadAsync(AccessScope.Local, null, null, Ct));
        var clips = cut.Tracks[0].Items.Cast<CutClip>().ToList();
        var i2b = clips.FindIndex(c => c.Name == "2B");
        var i2d = clips.FindIndex(c => c.Name == "2D");
        (clips[i2b], clips[i2d]) = (clips[i2d], clips[i2b]);
        foreach (var code in new[] { "1A", "3B", "6E" })
        {
            var i = clips.FindIndex(c => c.Name == code);
            clips[i] = clips[i] with { Duration = clips[i].Duration + 36 };
        }

        var edited = cut with { Tracks = [cut.Tracks[0] with { Items = clips }] };
        var otio = Interchange.Otio.OtioWriter.Write(Interchange.Otio.OtioCut.FromCut(edited));
        var (_, reread) = TimelineFiles.Read("edited.otio", Encoding.UTF8.GetBytes(otio));

        var report = await studio.Get<CutImporter>().ImportAsync(AccessScope.Local, reread, null, Ct);

        Assert.Equal(import.ShotsPlanned, report.Matched);
        Assert.Empty(report.UnmatchedClips);
        Assert.Empty(report.ShotsNotInCut);
        Assert.Equal(["2B", "2D"], report.Reordered.Order());
        Assert.Equal(["1A", "3B", "6E"], report.DurationsChanged.Order());
        var after = await ShotsAsync(studio);
        foreach (var (code, old) in before)
        {
            var now = after[code];
            Assert.Equal(old.Description, now.Description);
            Assert.Equal(old.Sheet, now.Sheet);
            Assert.Equal(old.Characters, now.Characters);
            Assert.Equal(code is "2B" ? before["2D"].Ordinal : code is "2D" ? before["2B"].Ordinal : old.Ordinal, now.Ordinal);
            if (code is "1A" or "3B" or "6E")
                Assert.Equal(AnimaticBuilder.Rate.Seconds(AnimaticBuilder.Rate.Frames(old.EstimatedSeconds) + 36), now.EstimatedSeconds, 3);
            else
                Assert.Equal(old.EstimatedSeconds, now.EstimatedSeconds);
        }
    }

    [Fact]
    public async Task ImportCut_ReportsClipsItCannotMatch_AndChangesNothingForThem()
    {
        await using var studio = StudioHarness.Create();
        await studio.ImportSmallSampleAsync();
        var before = await ShotsAsync(studio);
        var cut = new Cut("editor", FrameRate.Fps24, [new CutTrack("V1", TrackKind.Video, [new CutClip("NOT-A-SHOT", 0, 48, null), new CutClip("1B", 0, 240, null)])]);

        var report = await studio.Get<CutImporter>().ImportAsync(AccessScope.Local, cut, null, Ct);

        Assert.Equal(["NOT-A-SHOT"], report.UnmatchedClips);
        Assert.Equal(1, report.Matched);
        Assert.Equal(["1B"], report.DurationsChanged);
        Assert.Contains("1A", report.ShotsNotInCut);
        var after = await ShotsAsync(studio);
        Assert.Equal(10, after["1B"].EstimatedSeconds);
        Assert.All(before.Where(b => b.Key != "1B"), b => Assert.Equal(b.Value.EstimatedSeconds, after[b.Key].EstimatedSeconds));
    }

    private static List<(CutClip Clip, long RecordIn)> Clips(Cut cut) =>
        [.. cut.Tracks.First(t => t.Kind == TrackKind.Video).WithRecordIn().Where(p => p.Item is CutClip).Select(p => ((CutClip)p.Item, p.RecordIn))];

    private static async Task<Dictionary<string, Domain.Shots.Shot>> ShotsAsync(StudioHarness studio)
    {
        await using var db = await studio.OpenDbAsync();
        return Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AsNoTracking(db.Shots).ToDictionary(s => s.Code);
    }
}
