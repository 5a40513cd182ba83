using System.Globalization;
using Backlot.Domain.Takes;
using Backlot.Studio.Jobs;
using Backlot.Studio.Renders;
using Backlot.Studio.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Backlot.Studio.Tests.Jobs;

public sealed class JobRecoveryTests
{
    /// <summary>A worker on this machine whose process is gone: no process has id 999999 (above the usual pid limits).</summary>
    private static readonly string DeadWorker = string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}:999999:1");

    private static CancellationToken Ct => StudioHarness.Ct;

    [Fact]
    public async Task RunAsync_AfterAWorkerDiedMidTake_QueuesTheTakeAgainAndCompletesIt()
    {
        await using var studio = StudioHarness.Create();
        await studio.ImportSmallSampleAsync();
        var plan = await studio.Get<TakeScheduler>().QueueAsync(new RenderSelection(Shot: "1A"), Ct);
        var takeId = plan.Takes[0].TakeId;
        await MarkRunningAsync(studio, takeId, DeadWorker, attempts: 1);

        var states = await studio.Get<RenderRunner>().RunAsync(plan, null, Ct);

        Assert.Equal(TakeStatus.Completed, Assert.Single(states).Status);
        await using var db = await studio.OpenDbAsync();
        var take = await db.Takes.AsNoTracking().SingleAsync(t => t.Id == takeId, Ct);
        Assert.Equal(2, take.Attempts);
        Assert.Null(take.Error);
        Assert.NotNull(take.Output("beauty"));
    }

    [Fact]
    public async Task Recover_PutsATakeHeldByADeadWorkerBackOnTheQueue_SayingWhy()
    {
        await using var studio = StudioHarness.Create();
        await studio.ImportSmallSampleAsync();
        var plan = await studio.Get<TakeScheduler>().QueueAsync(new RenderSelection(Shot: "1A"), Ct);
        await MarkRunningAsync(studio, plan.Takes[0].TakeId, DeadWorker, attempts: 1);

        var report = await studio.Get<JobRecovery>().RecoverAsync(Ct);

        Assert.Equal(new RecoveryReport(Resumed: 1, Failed: 0, Enqueued: 1), report);
        var take = await TakeAsync(studio, plan.Takes[0].TakeId);
        Assert.Equal(TakeStatus.Queued, take.Status);
        Assert.Null(take.WorkerId);
        Assert.Equal($"worker {DeadWorker} stopped while rendering; queued again", take.Error);
    }

    [Fact]
    public async Task Recover_GivesUpOnATakeWhoseWorkerDiedTooOften()
    {
        await using var studio = StudioHarness.Create();
        await studio.ImportSmallSampleAsync();
        var plan = await studio.Get<TakeScheduler>().QueueAsync(new RenderSelection(Shot: "1A"), Ct);
        await MarkRunningAsync(studio, plan.Takes[0].TakeId, DeadWorker, attempts: JobRecovery.MaxAttempts);

        var report = await studio.Get<JobRecovery>().RecoverAsync(Ct);

        Assert.Equal(new RecoveryReport(Resumed: 0, Failed: 1, Enqueued: 0), report);
        var take = await TakeAsync(studio, plan.Takes[0].TakeId);
        Assert.Equal(TakeStatus.Failed, take.Status);
        Assert.Contains($"stopped {JobRecovery.MaxAttempts} times", take.Error, StringComparison.Ordinal);
        Assert.NotNull(take.CompletedAt);
    }

    [Fact]
    public async Task Recover_LeavesATakeHeldByALiveWorkerAlone()
    {
        await using var studio = StudioHarness.Create();
        await studio.ImportSmallSampleAsync();
        var plan = await studio.Get<TakeScheduler>().QueueAsync(new RenderSelection(Shot: "1A"), Ct);
        var me = studio.Get<WorkerIdentity>().Id;
        await MarkRunningAsync(studio, plan.Takes[0].TakeId, me, attempts: 1);

        var report = await studio.Get<JobRecovery>().RecoverAsync(Ct);

        Assert.Equal(new RecoveryReport(Resumed: 0, Failed: 0, Enqueued: 0), report);
        var take = await TakeAsync(studio, plan.Takes[0].TakeId);
        Assert.Equal(TakeStatus.Running, take.Status);
        Assert.Equal(me, take.WorkerId);
    }

    private static async Task MarkRunningAsync(StudioHarness studio, Guid takeId, string workerId, int attempts)
    {
        await using var db = await studio.OpenDbAsync();
        var take = await db.Takes.SingleAsync(t => t.Id == takeId, Ct);
        take.Status = TakeStatus.Running;
        take.WorkerId = workerId;
        take.Attempts = attempts;
        take.StartedAt = take.HeartbeatAt = DateTimeOffset.UtcNow;
        take.Progress = 0.5;
        await db.SaveChangesAsync(Ct);
    }

    private static async Task<Take> TakeAsync(StudioHarness studio, Guid takeId)
    {
        await using var db = await studio.OpenDbAsync();
        return await db.Takes.AsNoTracking().SingleAsync(t => t.Id == takeId, Ct);
    }
}
