using System.Security.Cryptography;
using Backlot.Data.Blobs;
using Backlot.Domain.Sheets;
using Backlot.Domain.Takes;
using Backlot.Studio.Renders;
using Backlot.Studio.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Backlot.Studio.Tests.Renders;

public sealed class RenderTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static CancellationToken Ct => StudioHarness.Ct;

    [Fact]
    public async Task Render_OfTheWholeProduction_CompletesATakeForEveryShot_WithItsBeautyPngStored()
    {
        await using var studio = StudioHarness.Create();
        var import = await studio.ImportSmallSampleAsync();

        var (plan, states) = await studio.RenderAsync(new RenderSelection(import.ProductionId.ToString()));

        Assert.Equal(import.ShotsPlanned, plan.Takes.Count);
        Assert.Equal(plan.Takes.Count, plan.New);
        Assert.All(states, s => Assert.Equal(TakeStatus.Completed, s.Status));
        await using var db = await studio.OpenDbAsync();
        var takes = await db.Takes.AsNoTracking().ToListAsync(Ct);
        Assert.Equal(import.ShotsPlanned, takes.Select(t => t.ShotId).Distinct().Count());
        foreach (var take in takes)
        {
            Assert.Equal(TakeStatus.Completed, take.Status);
            Assert.Null(take.WorkerId);
            var beauty = take.Output("beauty");
            Assert.NotNull(beauty);
            Assert.Equal("image/png", beauty.MediaType);
            var bytes = await ReadBlobAsync(studio, beauty.AssetSha256);
            Assert.Equal(PngSignature, bytes[..8]);
            Assert.Equal(beauty.AssetSha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
            var asset = await db.Assets.AsNoTracking().SingleAsync(a => a.Sha256 == beauty.AssetSha256, Ct);
            Assert.Equal((StudioHarness.SmallWidth, StudioHarness.SmallHeight), (asset.Width, asset.Height));
        }
    }

    [Fact]
    public async Task Queue_OfAShotWhoseTakeIsDone_ReusesThatTake()
    {
        await using var studio = StudioHarness.Create();
        await studio.ImportSmallSampleAsync();
        var (first, _) = await studio.RenderAsync(new RenderSelection(Shot: "1A"));

        var again = await studio.Get<TakeScheduler>().QueueAsync(new RenderSelection(Shot: "1A"), Ct);

        var reused = Assert.Single(again.Takes);
        Assert.True(reused.Reused);
        Assert.Equal(0, again.New);
        Assert.Equal(first.Takes[0].TakeId, reused.TakeId);
        Assert.Equal(1, (await studio.CountAsync()).Takes);
    }

    [Fact]
    public async Task Queue_OfTheProductionTwiceBeforeAnyRender_ReusesTheQueuedTakes()
    {
        await using var studio = StudioHarness.Create();
        var import = await studio.ImportSmallSampleAsync();
        var scheduler = studio.Get<TakeScheduler>();

        var first = await scheduler.QueueAsync(new RenderSelection(), Ct);
        var second = await scheduler.QueueAsync(new RenderSelection(), Ct);

        Assert.Equal(import.ShotsPlanned, first.New);
        Assert.Equal(0, second.New);
        Assert.Equal(first.Takes.Select(t => t.TakeId), second.Takes.Select(t => t.TakeId));
        Assert.Equal(import.ShotsPlanned, (await studio.CountAsync()).Takes);
    }

    [Fact]
    public async Task Render_WithForce_MakesANewTakeWithTheSameBeautyBytes()
    {
        await using var studio = StudioHarness.Create();
        await studio.ImportSmallSampleAsync();
        var (first, _) = await studio.RenderAsync(new RenderSelection(Shot: "1A"));

        var (forced, states) = await studio.RenderAsync(new RenderSelection(Shot: "1A") { Force = true });

        var take = Assert.Single(forced.Takes);
        Assert.False(take.Reused);
        Assert.Equal(2, take.TakeNumber);
        Assert.NotEqual(first.Takes[0].TakeId, take.TakeId);
        Assert.Equal(first.Takes[0].SheetHash, take.SheetHash);
        Assert.Equal(TakeStatus.Completed, Assert.Single(states).Status);
        Assert.Equal(await BeautyOfAsync(studio, first.Takes[0].TakeId), await BeautyOfAsync(studio, take.TakeId));
    }

    [Fact]
    public async Task Render_WithALensOverride_GivesAnotherSheetHashAndAnotherImage()
    {
        await using var studio = StudioHarness.Create();
        await studio.ImportSmallSampleAsync();
        var (planned, _) = await studio.RenderAsync(new RenderSelection(Shot: "1B"));

        var (longer, _) = await studio.RenderAsync(new RenderSelection(Shot: "1B") { Overrides = new Dictionary<string, string> { ["lens"] = "85" } });

        var take = Assert.Single(longer.Takes);
        Assert.False(take.Reused);
        Assert.NotEqual(planned.Takes[0].SheetHash, take.SheetHash);
        Assert.NotEqual(await BeautyOfAsync(studio, planned.Takes[0].TakeId), await BeautyOfAsync(studio, take.TakeId));
        await using var db = await studio.OpenDbAsync();
        var row = await db.Takes.AsNoTracking().SingleAsync(t => t.Id == take.TakeId, Ct);
        Assert.Equal(85, ResolvedControlSheet.FromCanonicalJson(row.ResolvedSheetJson).Number(KnobNames.Lens, 0));
    }

    [Theory]
    [InlineData("focus", "2", "has no knob 'focus'")]
    [InlineData("lens", "5", "knob 'lens' must be between 8 and 600")]
    [InlineData("lens", "long", "knob 'lens' takes a number")]
    [InlineData("size", "HUGE", "knob 'size' takes one of")]
    [InlineData("width", "100.5", "knob 'width' takes a whole number")]
    public async Task Queue_WithAnOverrideTheEngineDoesNotAccept_NamesTheKnob_AndQueuesNothing(string knob, string value, string expected)
    {
        await using var studio = StudioHarness.Create();
        await studio.ImportSmallSampleAsync();

        var e = await Assert.ThrowsAsync<StudioException>(() => studio.Get<TakeScheduler>().QueueAsync(
            new RenderSelection(Shot: "1A") { Overrides = new Dictionary<string, string> { [knob] = value } }, Ct));

        Assert.Equal(StudioErrorKind.Invalid, e.Kind);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.Equal(0, (await studio.CountAsync()).Takes);
    }

    [Fact]
    public async Task Queue_WithATakeOverrideOfAKnobLockedForTheProduction_IsRefusedNamingTheLock()
    {
        await using var studio = StudioHarness.Create();
        var import = await studio.ImportSmallSampleAsync();
        await studio.ChangeProductionSheetAsync(import.ProductionId, s => s.Lock(KnobNames.Width));

        var e = await Assert.ThrowsAsync<StudioException>(() => studio.Get<TakeScheduler>().QueueAsync(
            new RenderSelection(Shot: "1A") { Overrides = new Dictionary<string, string> { ["width"] = "640" } }, Ct));

        Assert.Equal(StudioErrorKind.Invalid, e.Kind);
        Assert.Contains("shot 1A", e.Message, StringComparison.Ordinal);
        Assert.Contains("knob 'width' is locked at production level", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, (await studio.CountAsync()).Takes);
    }

    [Fact]
    public async Task Queue_WithTheLockedValueRepeated_IsAccepted()
    {
        await using var studio = StudioHarness.Create();
        var import = await studio.ImportSmallSampleAsync();
        await studio.ChangeProductionSheetAsync(import.ProductionId, s => s.Lock(KnobNames.Width));

        var plan = await studio.Get<TakeScheduler>().QueueAsync(
            new RenderSelection(Shot: "1A") { Overrides = new Dictionary<string, string> { ["width"] = $"{StudioHarness.SmallWidth}" } }, Ct);

        Assert.Equal(1, plan.New);
    }

    [Fact]
    public async Task Queue_WithALensLockedForTheProduction_OverridesEveryPlannedLensInsteadOfRefusing()
    {
        await using var studio = StudioHarness.Create();
        var import = await studio.ImportSmallSampleAsync();
        await studio.ChangeProductionSheetAsync(import.ProductionId, s => s.Set(KnobNames.Lens, 40, locked: true));

        var plan = await studio.Get<TakeScheduler>().QueueAsync(new RenderSelection(import.ProductionId.ToString()), Ct);

        Assert.Equal(import.ShotsPlanned, plan.New);
        await using var db = await studio.OpenDbAsync();
        var sheets = await db.Takes.AsNoTracking().Select(t => t.ResolvedSheetJson).ToListAsync(Ct);
        Assert.All(sheets, json => Assert.Equal(40, ResolvedControlSheet.FromCanonicalJson(json).Number(KnobNames.Lens, 0)));
    }

    [Theory]
    [InlineData(null, "9", "scene 9 in 'THE LAST REEL' was not found")]
    [InlineData(null, null, "shot 99Z in 'THE LAST REEL' was not found")]
    [InlineData("Another Film", null, "production 'Another Film' was not found")]
    public async Task Queue_OfSomethingThatDoesNotExist_IsNotFound(string? production, string? scene, string expected)
    {
        await using var studio = StudioHarness.Create();
        await studio.ImportSmallSampleAsync();

        var e = await Assert.ThrowsAsync<StudioException>(
            () => studio.Get<TakeScheduler>().QueueAsync(new RenderSelection(production, scene, scene is null ? "99Z" : null), Ct));

        Assert.Equal(StudioErrorKind.NotFound, e.Kind);
        Assert.Equal(expected, e.Message);
    }

    private static async Task<byte[]> ReadBlobAsync(StudioHarness studio, string sha256)
    {
        await using var stream = await studio.Get<IBlobStore>().OpenReadAsync(sha256, Ct);
        Assert.NotNull(stream);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, Ct);
        return copy.ToArray();
    }

    private static async Task<string> BeautyOfAsync(StudioHarness studio, Guid takeId)
    {
        await using var db = await studio.OpenDbAsync();
        var take = await db.Takes.AsNoTracking().SingleAsync(t => t.Id == takeId, Ct);
        Assert.Equal(TakeStatus.Completed, take.Status);
        var sha = take.Output("beauty")!.AssetSha256;
        Assert.True(await studio.Get<IBlobStore>().ExistsAsync(sha, Ct));
        return sha;
    }
}
