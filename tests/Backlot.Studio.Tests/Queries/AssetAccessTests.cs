using Backlot.Domain.Sheets;
using Backlot.Studio.Auth;
using Backlot.Studio.Demo;
using Backlot.Studio.Queries;
using Backlot.Studio.Renders;
using Backlot.Studio.Scripts;
using Backlot.Studio.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Backlot.Studio.Tests.Queries;

public sealed class AssetAccessTests
{
    private static CancellationToken Ct => StudioHarness.Ct;

    [Fact]
    public async Task Asset_OfAnotherProduction_IsNotFoundForAMember_ButFoundForAMemberOfItsOwn()
    {
        await using var studio = StudioHarness.Create();
        var reel = await ImportSmallAsync(studio, "Reel A");
        var (other, _) = await studio.Get<Productions.ProductionService>().GetOrCreateAsync("Another Film", Ct);
        var (plan, _) = await studio.RenderAsync(new RenderSelection(reel.ProductionId.ToString(), Shot: "1A"));
        var beauty = await BeautyOfAsync(studio, plan.Takes[0].TakeId);
        var queries = studio.Get<StudioQueries>();

        var e = await Assert.ThrowsAsync<StudioException>(async () => await queries.AssetAsync(await MemberOfAsync(studio, other.Id), beauty, Ct));
        var own = await queries.AssetAsync(await MemberOfAsync(studio, reel.ProductionId), beauty, Ct);

        Assert.Equal(StudioErrorKind.NotFound, e.Kind);
        Assert.Equal(beauty, own.Sha256);
    }

    [Fact]
    public async Task Asset_RenderedIdenticallyByTwoProductions_IsVisibleToAMemberOfEach()
    {
        await using var studio = StudioHarness.Create();
        var a = await ImportSmallAsync(studio, "Reel A");
        var b = await ImportSmallAsync(studio, "Reel B");
        var (planA, _) = await studio.RenderAsync(new RenderSelection(a.ProductionId.ToString(), Shot: "1A"));
        var (planB, _) = await studio.RenderAsync(new RenderSelection(b.ProductionId.ToString(), Shot: "1A"));
        var beautyA = await BeautyOfAsync(studio, planA.Takes[0].TakeId);
        var beautyB = await BeautyOfAsync(studio, planB.Takes[0].TakeId);
        Assert.Equal(beautyA, beautyB);

        var view = await studio.Get<StudioQueries>().AssetAsync(await MemberOfAsync(studio, b.ProductionId), beautyB, Ct);

        Assert.Equal(beautyB, view.Sha256);
    }

    [Fact]
    public async Task Script_ImportedIntoTwoProductions_IsVisibleToAMemberOfEach()
    {
        await using var studio = StudioHarness.Create();
        var a = await ImportSmallAsync(studio, "Reel A");
        var b = await ImportSmallAsync(studio, "Reel B");
        await using var db = await studio.OpenDbAsync();
        var scriptA = (await db.ScriptDrafts.AsNoTracking().SingleAsync(d => d.ProductionId == a.ProductionId, Ct)).SourceSha256;
        var scriptB = (await db.ScriptDrafts.AsNoTracking().SingleAsync(d => d.ProductionId == b.ProductionId, Ct)).SourceSha256;
        Assert.Equal(scriptA, scriptB);

        var view = await studio.Get<StudioQueries>().AssetAsync(await MemberOfAsync(studio, b.ProductionId), scriptB, Ct);

        Assert.Equal("text/vnd.fountain", view.MediaType);
    }

    private static async Task<ImportResult> ImportSmallAsync(StudioHarness studio, string production)
    {
        var import = await studio.Get<ScriptImporter>().ImportAsync(SampleProduction.ScriptFileName, SampleProduction.Script(), production, null, Ct);
        await studio.ChangeProductionSheetAsync(
            import.ProductionId, s => s.Set(KnobNames.Width, StudioHarness.SmallWidth).Set(KnobNames.ImageHeight, StudioHarness.SmallHeight));
        return import;
    }

    private static async Task<AccessScope> MemberOfAsync(StudioHarness studio, Guid productionId)
    {
        var tokens = studio.Get<TokenService>();
        var (token, _) = await tokens.CreateAsync("member", "member", [productionId], Ct);
        return (await tokens.ValidateAsync(token, Ct))!;
    }

    private static async Task<string> BeautyOfAsync(StudioHarness studio, Guid takeId)
    {
        await using var db = await studio.OpenDbAsync();
        var take = await db.Takes.AsNoTracking().SingleAsync(t => t.Id == takeId, Ct);
        return take.Output("beauty")!.AssetSha256;
    }
}
