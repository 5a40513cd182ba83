using Backlot.Domain.Reviews;
using Backlot.Studio.Auth;
using Backlot.Studio.Renders;
using Backlot.Studio.Reviews;
using Backlot.Studio.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Backlot.Studio.Tests.Reviews;

public sealed class ReviewServiceTests
{
    private static CancellationToken Ct => StudioHarness.Ct;

    [Fact]
    public async Task Approve_OfACompletedTake_SelectsItForItsShot()
    {
        await using var studio = StudioHarness.Create();
        await studio.ImportSmallSampleAsync();
        var (plan, _) = await studio.RenderAsync(new RenderSelection(Shot: "1A"));
        var take = plan.Takes[0];

        var review = await studio.Get<ReviewService>().AddAsync(AccessScope.Local, take.TakeId, ReviewKind.Approve, "  print it  ", Ct);

        Assert.Equal("print it", review.Text);
        Assert.Equal(AccessScope.Local.Subject, review.Author);
        await using var db = await studio.OpenDbAsync();
        var shot = await db.Shots.AsNoTracking().SingleAsync(s => s.Id == take.ShotId, Ct);
        Assert.Equal(take.TakeId, shot.SelectedTakeId);
        Assert.Equal(1, await db.Reviews.CountAsync(Ct));
    }

    [Fact]
    public async Task Approve_ByAScopeWithoutTheProduction_IsNotFound_AndChangesNothing()
    {
        await using var studio = StudioHarness.Create();
        await studio.ImportSmallSampleAsync();
        var (plan, _) = await studio.RenderAsync(new RenderSelection(Shot: "1A"));
        var (other, _) = await studio.Get<Productions.ProductionService>().GetOrCreateAsync("Another Film", Ct);
        var outsider = new AccessScope("outsider", IsAdmin: false, [other.Id]);

        var e = await Assert.ThrowsAsync<StudioException>(
            () => studio.Get<ReviewService>().AddAsync(outsider, plan.Takes[0].TakeId, ReviewKind.Approve, null, Ct));

        Assert.Equal(StudioErrorKind.NotFound, e.Kind);
        Assert.Equal($"take {plan.Takes[0].TakeId} was not found", e.Message);
        await using var db = await studio.OpenDbAsync();
        Assert.Null((await db.Shots.AsNoTracking().SingleAsync(s => s.Id == plan.Takes[0].ShotId, Ct)).SelectedTakeId);
        Assert.Equal(0, await db.Reviews.CountAsync(Ct));
    }

    [Fact]
    public async Task Approve_OfATakeNotYetRendered_IsAConflict()
    {
        await using var studio = StudioHarness.Create();
        await studio.ImportSmallSampleAsync();
        var plan = await studio.Get<TakeScheduler>().QueueAsync(new RenderSelection(Shot: "1A"), Ct);

        var e = await Assert.ThrowsAsync<StudioException>(
            () => studio.Get<ReviewService>().AddAsync(AccessScope.Local, plan.Takes[0].TakeId, ReviewKind.Approve, null, Ct));

        Assert.Equal(StudioErrorKind.Conflict, e.Kind);
        Assert.Contains("is queued", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Note_WithoutText_IsRejected()
    {
        await using var studio = StudioHarness.Create();
        await studio.ImportSmallSampleAsync();
        var plan = await studio.Get<TakeScheduler>().QueueAsync(new RenderSelection(Shot: "1A"), Ct);

        var e = await Assert.ThrowsAsync<StudioException>(
            () => studio.Get<ReviewService>().AddAsync(AccessScope.Local, plan.Takes[0].TakeId, ReviewKind.Note, "   ", Ct));

        Assert.Equal(StudioErrorKind.Invalid, e.Kind);
    }
}
