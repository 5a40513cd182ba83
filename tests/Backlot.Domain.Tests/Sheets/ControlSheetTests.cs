using System.Text.Json;
using Backlot.Domain.Sheets;

namespace Backlot.Domain.Tests.Sheets;

public sealed class ControlSheetTests
{
    [Fact]
    public void Set_ReturnsANewSheet_AndLeavesTheOriginalAsItWas()
    {
        var empty = ControlSheet.Empty;

        var sheet = empty.Set("lens", 85);

        Assert.True(empty.IsEmpty);
        Assert.Equal(KnobValue.Of(85), sheet.Get("lens"));
        Assert.False(sheet.Knobs["lens"].Locked);
    }

    [Fact]
    public void Set_OfAKnobAlreadySet_ReplacesItsValue()
    {
        var sheet = ControlSheet.Empty.Set("size", "WS").Set("size", "MCU");

        Assert.Single(sheet.Knobs);
        Assert.Equal("MCU", sheet.Get("size")!.Text);
    }

    [Fact]
    public void Lock_MarksTheKnobLocked_AndUnlockClearsIt()
    {
        var sheet = ControlSheet.Empty.Set("lens", 50);

        var locked = sheet.Lock("lens");
        var unlocked = locked.Lock("lens", locked: false);

        Assert.True(locked.Knobs["lens"].Locked);
        Assert.Equal(KnobValue.Of(50), locked.Get("lens"));
        Assert.False(unlocked.Knobs["lens"].Locked);
    }

    [Fact]
    public void Lock_OfAKnobThatIsNotSet_NamesTheKnob()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => ControlSheet.Empty.Set("lens", 50).Lock("angle"));

        Assert.Contains("'angle'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Remove_TakesTheKnobOut_AndRemovingAMissingKnobChangesNothing()
    {
        var sheet = ControlSheet.Empty.Set("lens", 50).Set("size", "CU");

        var removed = sheet.Remove("lens");

        Assert.Null(removed.Get("lens"));
        Assert.Equal("CU", removed.Get("size")!.Text);
        Assert.Equal(removed, removed.Remove("lens"));
    }

    [Fact]
    public void ToJson_WritesValuesAndOnlyTheLocksThatAreSet()
    {
        var sheet = ControlSheet.Empty.Set("size", "MCU").Set("lens", 85, locked: true);

        Assert.Equal("""{"lens":{"value":85,"locked":true},"size":{"value":"MCU"}}""", sheet.ToJson());
    }

    [Fact]
    public void FromJson_OfToJson_GivesAnEqualSheetWithTheSameLocks()
    {
        var sheet = ControlSheet.Empty
            .Set("lens", 32.5, locked: true)
            .Set("size", "MCU")
            .Set("night", KnobValue.Of(true), locked: true)
            .Set("height", 0);

        var back = ControlSheet.FromJson(sheet.ToJson());

        Assert.Equal(sheet, back);
        Assert.True(back.Knobs["lens"].Locked);
        Assert.True(back.Knobs["night"].Locked);
        Assert.False(back.Knobs["size"].Locked);
        Assert.Equal(KnobValueKind.Boolean, back.Get("night")!.Kind);
        Assert.Equal(sheet.ToJson(), back.ToJson());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("camera lens")]
    [InlineData("lens/85")]
    [InlineData("\"lens\"")]
    [InlineData("lëns")]
    public void Set_WithAnInvalidKnobName_IsRejectedAndNamesIt(string name)
    {
        var e = Assert.Throws<ArgumentException>(() => ControlSheet.Empty.Set(name, 1));

        Assert.Contains($"'{name}'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Set_WithAKnobNameOver64Characters_IsRejected()
    {
        var longest = new string('k', 64);

        var sheet = ControlSheet.Empty.Set(longest, 1);

        Assert.NotNull(sheet.Get(longest));
        Assert.Throws<ArgumentException>(() => sheet.Set(longest + "k", 1));
    }

    [Theory]
    [InlineData("seed")]
    [InlineData("ref.strength")]
    [InlineData("mask_1")]
    [InlineData("time-of-day")]
    public void Set_AcceptsLettersDigitsDotsUnderscoresAndDashes(string name)
    {
        Assert.NotNull(ControlSheet.Empty.Set(name, 1).Get(name));
    }

    [Fact]
    public void FromJson_WithAnInvalidKnobName_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => ControlSheet.FromJson("""{"camera lens":{"value":85}}"""));
    }

    [Theory]
    [InlineData("""{"lens":85}""")]
    [InlineData("""{"lens":{"locked":true}}""")]
    [InlineData("""{"lens":{"value":[85]}}""")]
    [InlineData("""{"lens":{"value":null}}""")]
    [InlineData("""["lens"]""")]
    public void FromJson_OfMalformedKnobs_IsAJsonError(string json)
    {
        Assert.ThrowsAny<JsonException>(() => ControlSheet.FromJson(json));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("{}")]
    public void FromJson_OfNothing_IsTheEmptySheet(string json)
    {
        Assert.True(ControlSheet.FromJson(json).IsEmpty);
    }

    [Fact]
    public void Equals_IgnoresTheOrderKnobsWereSetIn_ButNotTheirLocks()
    {
        var a = ControlSheet.Empty.Set("lens", 50).Set("size", "CU");
        var b = ControlSheet.Empty.Set("size", "CU").Set("lens", 50);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b.Lock("lens"));
    }
}
