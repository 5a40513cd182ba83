using Backlot.Domain.Productions;
using Backlot.Engines.Previs;

namespace Backlot.Engines.Tests;

public class EngineRouterTests
{
    private static readonly TestEngine Cloud = new("cloud", DataHandling.HostedMayTrain, EngineCapabilities.Still);
    private static readonly TestEngine Comfy = new("comfy", DataHandling.OnPremises, EngineCapabilities.Still, EngineCapabilities.Composite);

    private static EngineRouter Router() => new([Cloud, new PrevisEngine(), Comfy]);

    [Fact]
    public void Pick_ByCapability_SkipsEnginesThePolicyRefusesAndTakesTheFirstAllowed()
    {
        var engine = Router().Pick(EngineCapabilities.Still, null, DataPolicy.Default);
        Assert.Equal("previs", engine.Descriptor.Id);
    }

    [Fact]
    public void Pick_ByCapability_FindsTheOnlyEngineThatHasIt()
    {
        var engine = Router().Pick(EngineCapabilities.Composite, null, DataPolicy.Default);
        Assert.Same(Comfy, engine);
    }

    [Fact]
    public void Pick_ById_TakesThatEngineEvenWhenAnotherComesFirst()
    {
        var engine = Router().Pick(EngineCapabilities.Still, "comfy", DataPolicy.Default);
        Assert.Same(Comfy, engine);
    }

    [Fact]
    public void Pick_UnknownId_ThrowsListingTheRegisteredEngines()
    {
        var e = Assert.Throws<EngineException>(() => Router().Pick(EngineCapabilities.Still, "midjourney", DataPolicy.Default));
        Assert.Contains("'midjourney'", e.Message, StringComparison.Ordinal);
        Assert.Contains("previs", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pick_IdWithoutTheCapability_Throws()
    {
        var e = Assert.Throws<EngineException>(() => Router().Pick(EngineCapabilities.Composite, "previs", DataPolicy.Default));
        Assert.Contains(EngineCapabilities.Composite, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pick_IdOfAnEngineThePolicyDoesNotAllow_IsRefusedSayingWhy()
    {
        var e = Assert.Throws<EngineException>(() => Router().Pick(EngineCapabilities.Still, "cloud", DataPolicy.Default));
        Assert.Contains("'cloud'", e.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(DataHandling.HostedMayTrain), e.Message, StringComparison.Ordinal);
        Assert.Contains("policy", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pick_IdOfAnEngineThePolicyAllows_IsAccepted()
    {
        var policy = new DataPolicy(DataHandling.OnPremises | DataHandling.HostedMayTrain);
        Assert.Same(Cloud, Router().Pick(EngineCapabilities.Still, "cloud", policy));
    }

    [Fact]
    public void Pick_NoAllowedEngineHasTheCapability_Throws()
    {
        var router = new EngineRouter([Cloud]);
        var e = Assert.Throws<EngineException>(() => router.Pick(EngineCapabilities.Still, null, DataPolicy.Default));
        Assert.Contains(EngineCapabilities.Still, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pick_PolicyAllowingNothing_RefusesEvenOnPremisesEngines() =>
        Assert.Throws<EngineException>(() => Router().Pick(EngineCapabilities.Still, "previs", new DataPolicy(DataHandling.None)));

    [Fact]
    public void Constructor_TwoEnginesWithOneId_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => new EngineRouter([Comfy, new TestEngine("comfy", DataHandling.OnPremises)]));
        Assert.Contains("'comfy'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_ReturnsTheEngineOrNull()
    {
        var router = Router();
        Assert.Same(Comfy, router.Find("comfy"));
        Assert.Null(router.Find("nope"));
        Assert.Equal(3, router.Engines.Count);
    }

    [Fact]
    public void Pick_EmptyId_PicksByCapability() =>
        Assert.Equal("previs", Router().Pick(EngineCapabilities.DepthMap, "", DataPolicy.Default).Descriptor.Id);
}
