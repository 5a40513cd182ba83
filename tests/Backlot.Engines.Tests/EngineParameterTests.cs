using Backlot.Domain.Sheets;

namespace Backlot.Engines.Tests;

public class EngineParameterTests
{
    private static readonly EngineParameter Lens = new("lens", ParameterType.Number, KnobValue.Of(35), "focal length") { Min = 12, Max = 300, Unit = "mm" };
    private static readonly EngineParameter Width = new("width", ParameterType.Integer, KnobValue.Of(960), "frame width") { Min = 160, Max = 3840 };
    private static readonly EngineParameter Size = new("size", ParameterType.Choice, KnobValue.Of("WS"), "shot size") { Choices = ["WS", "MCU"] };
    private static readonly EngineParameter Flag = new("mirror", ParameterType.Boolean, KnobValue.Of(false), "mirror the frame");
    private static readonly EngineParameter Prompt = new("prompt", ParameterType.Text, KnobValue.Of(""), "prompt");

    [Theory]
    [InlineData("85", 85)]
    [InlineData("12", 12)]
    [InlineData("300", 300)]
    [InlineData("50.5", 50.5)]
    [InlineData("1e2", 100)]
    public void Parse_Number_ReadsInvariantText(string text, double expected) =>
        Assert.Equal(KnobValue.Of(expected), Lens.Parse(text));

    [Theory]
    [InlineData("5")]
    [InlineData("301")]
    [InlineData("fifty")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    public void Parse_NumberOutOfRangeOrNotANumber_ThrowsNamingTheKnob(string text)
    {
        var e = Assert.Throws<FormatException>(() => Lens.Parse(text));
        Assert.Contains("'lens'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NumberOutOfRange_StatesTheRangeAndUnit()
    {
        var error = Lens.Validate(KnobValue.Of(5));
        Assert.Equal("knob 'lens' must be between 12 and 300mm, not 5", error);
    }

    [Fact]
    public void Validate_NumberGivenText_IsAnError() =>
        Assert.Contains("takes a number", Lens.Validate(KnobValue.Of("85")), StringComparison.Ordinal);

    [Fact]
    public void Parse_Integer_AcceptsWholeNumbersOnly()
    {
        Assert.Equal(KnobValue.Of(1920), Width.Parse("1920"));
        var e = Assert.Throws<FormatException>(() => Width.Parse("1920.5"));
        Assert.Contains("whole number", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_IntegerOutOfRange_IsAnError() =>
        Assert.NotNull(Width.Validate(KnobValue.Of(100)));

    [Theory]
    [InlineData("MCU", "MCU")]
    [InlineData("mcu", "MCU")]
    [InlineData("Ws", "WS")]
    public void Parse_Choice_IgnoresCaseAndGivesTheDeclaredSpelling(string text, string expected) =>
        Assert.Equal(KnobValue.Of(expected), Size.Parse(text));

    [Fact]
    public void Parse_UnknownChoice_ThrowsListingTheChoices()
    {
        var e = Assert.Throws<FormatException>(() => Size.Parse("HUGE"));
        Assert.Contains("WS, MCU", e.Message, StringComparison.Ordinal);
        Assert.Contains("'size'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ChoiceIsCaseSensitive() =>
        Assert.NotNull(Size.Validate(KnobValue.Of("mcu")));

    [Theory]
    [InlineData("true", true)]
    [InlineData("False", false)]
    public void Parse_Boolean_ReadsTrueAndFalse(string text, bool expected) =>
        Assert.Equal(KnobValue.Of(expected), Flag.Parse(text));

    [Fact]
    public void Parse_BooleanGivenOtherText_Throws() =>
        Assert.Throws<FormatException>(() => Flag.Parse("yes"));

    [Fact]
    public void Validate_BooleanGivenANumber_IsAnError() =>
        Assert.NotNull(Flag.Validate(KnobValue.Of(1)));

    [Fact]
    public void Parse_Text_KeepsTheTextAsIs() =>
        Assert.Equal(KnobValue.Of("  a rainy street  "), Prompt.Parse("  a rainy street  "));

    [Fact]
    public void Validate_TextGivenANumber_IsAnError() =>
        Assert.Contains("takes text", Prompt.Validate(KnobValue.Of(3)), StringComparison.Ordinal);

    [Fact]
    public void Validate_ValueThatFits_IsNull()
    {
        Assert.Null(Lens.Validate(KnobValue.Of(35)));
        Assert.Null(Width.Validate(KnobValue.Of(960)));
        Assert.Null(Size.Validate(KnobValue.Of("WS")));
        Assert.Null(Flag.Validate(KnobValue.Of(true)));
        Assert.Null(Prompt.Validate(KnobValue.Of("anything")));
    }
}
