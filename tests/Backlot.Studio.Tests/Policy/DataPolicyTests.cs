using Backlot.Domain.Productions;
using Backlot.Domain.Sheets;
using Backlot.Domain.Takes;
using Backlot.Engines;
using Backlot.Provenance.Audit;
using Backlot.Studio.Audit;
using Backlot.Studio.Auth;
using Backlot.Studio.Policy;
using Backlot.Studio.Renders;
using Backlot.Studio.Tests.Support;
using Backlot.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Backlot.Studio.Tests.Policy;

public sealed class DataPolicyTests
{
    private static CancellationToken Ct => StudioHarness.Ct;

    [Fact]
    public async Task Queue_OnAnEngineThatMayTrain_ForAnOnPremisesProduction_IsRefusedAndAudited_AndQueuesNothing()
    {
        await using var studio = StudioHarness.Create(s => s.AddSingleton<IFrameEngine, HostedTrainingEngine>());
        var import = await studio.ImportSmallSampleAsync();
        await studio.Get<PolicyService>().SetAsync(AccessScope.Local, import.ProductionId, DataHandling.OnPremises, Ct);
        await studio.ChangeShotSheetAsync(import.ProductionId, "1A", s => s.Set(KnobNames.Engine, HostedTrainingEngine.Id));

        var e = await Assert.ThrowsAsync<StudioException>(() =>
            studio.Get<TakeScheduler>().QueueAsync(new RenderSelection(Shot: "1A") { Actor = "director" }, Ct));

        Assert.Equal(StudioErrorKind.Refused, e.Kind);
        Assert.Contains("handles data as may-train, which this production's policy does not allow (allowed: onprem)", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, (await studio.CountAsync()).Takes);
        var refusal = Assert.Single(await studio.Get<AuditService>().ListAsync(import.ProductionId, cancellationToken: Ct), a => a.Action == AuditActions.EngineRefused);
        Assert.Equal(("director", HostedTrainingEngine.Id), (refusal.Actor, refusal.EngineId));
    }

    [Fact]
    public async Task QueuedTake_WhoseEngineTheProductionNoLongerAllows_FailsWithTheReason_WithoutRendering()
    {
        var engine = new HostedTrainingEngine();
        await using var studio = StudioHarness.Create(s => s.AddSingleton<IFrameEngine>(engine));
        var import = await studio.ImportSmallSampleAsync();
        var policies = studio.Get<PolicyService>();
        await policies.SetAsync(AccessScope.Local, import.ProductionId, DataHandling.OnPremises | DataHandling.HostedMayTrain, Ct);
        await studio.ChangeShotSheetAsync(import.ProductionId, "1A", s => s.Set(KnobNames.Engine, HostedTrainingEngine.Id));
        var plan = await studio.Get<TakeScheduler>().QueueAsync(new RenderSelection(Shot: "1A"), Ct);

        await policies.SetAsync(AccessScope.Local, import.ProductionId, DataHandling.OnPremises, Ct);
        var state = Assert.Single(await studio.Get<RenderRunner>().RunAsync(plan, null, Ct));

        Assert.Equal(TakeStatus.Failed, state.Status);
        Assert.Contains($"engine '{HostedTrainingEngine.Id}' handles data as may-train", state.Error, StringComparison.Ordinal);
        Assert.Equal(0, engine.Calls);
        var log = await studio.Get<AuditService>().ListAsync(import.ProductionId, cancellationToken: Ct);
        var refusal = Assert.Single(log, a => a.Action == AuditActions.EngineRefused);
        Assert.Contains(plan.Takes[0].TakeId.ToString(), refusal.SubjectIds);
        Assert.StartsWith("worker ", refusal.Actor, StringComparison.Ordinal);
        Assert.DoesNotContain(log, a => a.Action == AuditActions.AssetSentToEngine);
    }

    [Fact]
    public async Task Render_OnAHostedEngineThePolicyAllows_RecordsTheTransfer()
    {
        await using var studio = StudioHarness.Create(s => s.AddSingleton<IFrameEngine, ZeroRetentionEngine>());
        var import = await studio.ImportSmallSampleAsync();
        await studio.ChangeShotSheetAsync(import.ProductionId, "1A", s => s.Set(KnobNames.Engine, ZeroRetentionEngine.Id));

        var (plan, states) = await studio.RenderAsync(new RenderSelection(Shot: "1A"));

        Assert.Equal(TakeStatus.Completed, Assert.Single(states).Status);
        var sent = Assert.Single(await studio.Get<AuditService>().ListAsync(import.ProductionId, cancellationToken: Ct), a => a.Action == AuditActions.AssetSentToEngine);
        Assert.Equal(ZeroRetentionEngine.Id, sent.EngineId);
        Assert.Contains(plan.Takes[0].TakeId.ToString(), sent.SubjectIds);
        Assert.Contains("zero-retention", sent.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetPolicy_ByAMember_IsRefused_AndByAnAdminIsAudited()
    {
        await using var studio = StudioHarness.Create();
        var import = await studio.ImportSmallSampleAsync();
        var policies = studio.Get<PolicyService>();

        var e = await Assert.ThrowsAsync<StudioException>(() =>
            policies.SetAsync(new AccessScope("member", false, [import.ProductionId]), import.ProductionId, DataHandling.HostedMayTrain, Ct));
        var view = await policies.SetAsync(AccessScope.Local, import.ProductionId, DataHandling.OnPremises, Ct);

        Assert.Equal(StudioErrorKind.Refused, e.Kind);
        Assert.Equal(["onprem"], view.Allowed);
        Assert.Contains(await studio.Get<AuditService>().ListAsync(import.ProductionId, cancellationToken: Ct), a => a.Action == AuditActions.PolicyChanged);
        await using var db = await studio.OpenDbAsync();
        Assert.Equal(DataHandling.OnPremises, (await db.Productions.SingleAsync(p => p.Id == import.ProductionId, Ct)).DataPolicy.Allowed);
    }

    [Theory]
    [InlineData("onprem", DataHandling.OnPremises)]
    [InlineData("onprem,zero-retention", DataHandling.OnPremises | DataHandling.HostedZeroRetention)]
    [InlineData("on-premises, may-train", DataHandling.OnPremises | DataHandling.HostedMayTrain)]
    public void PolicyNames_Parse_ReadsWhatUsersWrite(string text, DataHandling expected) =>
        Assert.Equal(expected, PolicyNames.Parse([text]));

    [Fact]
    public void PolicyNames_Parse_UnknownWord_NamesTheWordsThereAre()
    {
        var e = Assert.Throws<StudioException>(() => PolicyNames.Parse(["cloud"]));
        Assert.Contains("onprem, zero-retention, may-retain, may-train", e.Message, StringComparison.Ordinal);
    }
}
