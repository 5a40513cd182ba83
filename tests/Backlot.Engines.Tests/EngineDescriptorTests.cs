using Backlot.Domain.Productions;
using Backlot.Domain.Sheets;

namespace Backlot.Engines.Tests;

public class EngineDescriptorTests
{
    private static readonly EngineDescriptor Descriptor = new(
        "test", "1.0.0", "Test", [EngineCapabilities.Still],
        [
            new EngineParameter("lens", ParameterType.Number, KnobValue.Of(35), "focal length") { Min = 12, Max = 300, Unit = "mm" },
            new EngineParameter("size", ParameterType.Choice, KnobValue.Of("WS"), "shot size") { Choices = ["WS", "MCU"] },
        ],
        DataHandling.OnPremises);

    [Fact]
    public void DefaultSheet_SetsEveryParametersDefault()
    {
        var sheet = Descriptor.DefaultSheet();
        Assert.Equal(KnobValue.Of(35), sheet.Get("lens"));
        Assert.Equal(KnobValue.Of("WS"), sheet.Get("size"));
    }

    [Fact]
    public void Validate_ReportsEveryBadKnobAndIgnoresKnobsItDoesNotDeclare()
    {
        var sheet = ControlSheet.Empty.Set("lens", 5).Set("size", "HUGE").Set("other", "x");

        var errors = Descriptor.Validate(ControlSheetResolver.Resolve(new SheetLayer(SheetLevel.Shot, sheet)));

        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.Contains("'lens'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("'size'", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_ReportsLockConflicts()
    {
        var resolved = ControlSheetResolver.Resolve(
            new SheetLayer(SheetLevel.Production, ControlSheet.Empty.Set("lens", 50, locked: true)),
            new SheetLayer(SheetLevel.Shot, ControlSheet.Empty.Set("lens", 85)));

        var error = Assert.Single(Descriptor.Validate(resolved));
        Assert.Contains("locked", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Has_And_Parameter_FindByName()
    {
        Assert.True(Descriptor.Has(EngineCapabilities.Still));
        Assert.False(Descriptor.Has(EngineCapabilities.DepthMap));
        Assert.Equal("mm", Descriptor.Parameter("lens")!.Unit);
        Assert.Null(Descriptor.Parameter("nope"));
    }
}
