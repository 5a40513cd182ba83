using Backlot.Domain.Productions;
using Backlot.Domain.Sheets;
using Backlot.Domain.Takes;
using Backlot.Engines;
using Backlot.Studio.Renders;
using Backlot.Studio.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Backlot.Studio.Tests.Renders;

public sealed class FailingEngineTests
{
    private static CancellationToken Ct => StudioHarness.Ct;

    [Fact]
    public async Task Render_WithAnEngineThatThrows_FailsTheTakeWithTheReason_AndStoresNoOutputs()
    {
        await using var studio = StudioHarness.Create(s => s.AddSingleton<IFrameEngine, BlownLampEngine>());
        var import = await studio.ImportSmallSampleAsync();
        await studio.ChangeShotSheetAsync(import.ProductionId, "1A", s => s.Set(KnobNames.Engine, BlownLampEngine.Id));
        var before = await studio.CountAsync();

        var (plan, states) = await studio.RenderAsync(new RenderSelection(Shot: "1A"));

        var state = Assert.Single(states);
        Assert.Equal(TakeStatus.Failed, state.Status);
        Assert.Contains(BlownLampEngine.Reason, state.Error, StringComparison.Ordinal);
        await using var db = await studio.OpenDbAsync();
        var take = await db.Takes.AsNoTracking().SingleAsync(t => t.Id == plan.Takes[0].TakeId, Ct);
        Assert.Equal(BlownLampEngine.Id, take.EngineId);
        Assert.Empty(take.Outputs);
        Assert.Null(take.WorkerId);
        Assert.NotNull(take.CompletedAt);
        Assert.False(await db.Assets.AnyAsync(a => a.SourceTakeId == take.Id, Ct));
        Assert.Equal((before.Assets, before.BlobFiles), ((await studio.CountAsync()).Assets, (await studio.CountAsync()).BlobFiles));
    }

    [Fact]
    public async Task Render_WithTheEngineChosenOnTheProduction_UsesItForEveryShot()
    {
        await using var studio = StudioHarness.Create(s => s.AddSingleton<IFrameEngine, BlownLampEngine>());
        var import = await studio.ImportSmallSampleAsync();
        await studio.ChangeProductionSheetAsync(import.ProductionId, s => s.Set(KnobNames.Engine, BlownLampEngine.Id));

        var plan = await studio.Get<TakeScheduler>().QueueAsync(new RenderSelection(Scene: "1"), Ct);

        await using var db = await studio.OpenDbAsync();
        var engines = await db.Takes.AsNoTracking().Select(t => t.EngineId).Distinct().ToListAsync(Ct);
        Assert.True(plan.New >= 2);
        Assert.Equal([BlownLampEngine.Id], engines);
    }

    [Fact]
    public async Task Queue_NamingAnEngineThatIsNotRegistered_IsRefusedNamingIt()
    {
        await using var studio = StudioHarness.Create();
        var import = await studio.ImportSmallSampleAsync();
        await studio.ChangeShotSheetAsync(import.ProductionId, "1A", s => s.Set(KnobNames.Engine, BlownLampEngine.Id));

        var e = await Assert.ThrowsAsync<StudioException>(() => studio.Get<TakeScheduler>().QueueAsync(new RenderSelection(Shot: "1A"), Ct));

        Assert.Equal(StudioErrorKind.Refused, e.Kind);
        Assert.Contains($"no engine '{BlownLampEngine.Id}' is registered", e.Message, StringComparison.Ordinal);
    }

    /// <summary>An engine whose lamp blows on every frame.</summary>
    private sealed class BlownLampEngine : IFrameEngine
    {
        public const string Id = "blown-lamp";
        public const string Reason = "the projector lamp blew at 40%";

        public EngineDescriptor Descriptor { get; } =
            new(Id, "1.0.0", "Blown lamp", [EngineCapabilities.Still], [], DataHandling.OnPremises);

        public async Task<FrameResponse> RenderAsync(FrameRequest request, IProgress<EngineProgress>? progress = null, CancellationToken cancellationToken = default)
        {
            progress?.Report(new EngineProgress(0.4, "lamp"));
            await Task.Yield();
            throw new InvalidOperationException(Reason);
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => null;
    }
}
