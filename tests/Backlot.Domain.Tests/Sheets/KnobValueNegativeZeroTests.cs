using Backlot.Domain.Sheets;

namespace Backlot.Domain.Tests.Sheets;

public sealed class KnobValueNegativeZeroTests
{
    [Fact]
    public void NegativeZero_IsTheSameValueAndHashAsZero()
    {
        var a = ControlSheetResolver.Resolve(new SheetLayer(SheetLevel.Take, ControlSheet.Empty.Set("height", -0.0)));
        var b = ControlSheetResolver.Resolve(new SheetLayer(SheetLevel.Take, ControlSheet.Empty.Set("height", 0.0)));
        Assert.Equal(KnobValue.Of(0), KnobValue.Of(-0.0));
        Assert.Equal(b.Hash, a.Hash);
    }
}
