using System.Globalization;
using System.Text.Json;
using Backlot.Domain.Sheets;

namespace Backlot.Domain.Tests.Sheets;

public sealed class KnobValueTests
{
    [Fact]
    public void Of_ANumber_IsANumber()
    {
        var value = KnobValue.Of(85);

        Assert.Equal(KnobValueKind.Number, value.Kind);
        Assert.Equal(85, value.Number);
        Assert.Null(value.Text);
    }

    [Fact]
    public void Of_Text_IsText()
    {
        var value = KnobValue.Of("MCU");

        Assert.Equal(KnobValueKind.Text, value.Kind);
        Assert.Equal("MCU", value.Text);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Of_ANumberThatIsNotFinite_IsRejected(double number)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => KnobValue.Of(number));
    }

    [Fact]
    public void Values_OfTheSameKindAndContent_AreEqual_AndOfDifferentKinds_AreNot()
    {
        Assert.Equal(KnobValue.Of(1.5), KnobValue.Of(1.5));
        Assert.Equal(KnobValue.Of("eye"), KnobValue.Of("eye"));
        Assert.NotEqual(KnobValue.Of("1"), KnobValue.Of(1));
        Assert.NotEqual(KnobValue.Of(true), KnobValue.Of("true"));
    }

    [Theory]
    [InlineData(85.0, "85")]
    [InlineData(1.2, "1.2")]
    [InlineData(0.1, "0.1")]
    [InlineData(-3.0, "-3")]
    public void ToString_OfANumber_IsInvariant(double number, string expected)
    {
        using var comma = new CommaDecimalCulture();

        Assert.Equal(expected, KnobValue.Of(number).ToString());
    }

    [Fact]
    public void ToString_OfAFlagAndText_IsTheirPlainForm()
    {
        Assert.Equal("true", KnobValue.Of(true).ToString());
        Assert.Equal("false", KnobValue.Of(false).ToString());
        Assert.Equal("MCU", KnobValue.Of("MCU").ToString());
    }

    [Theory]
    [InlineData("85", KnobValueKind.Number)]
    [InlineData("0.25", KnobValueKind.Number)]
    [InlineData("\"MCU\"", KnobValueKind.Text)]
    [InlineData("\"caf\\u00e9\"", KnobValueKind.Text)]
    [InlineData("true", KnobValueKind.Boolean)]
    [InlineData("false", KnobValueKind.Boolean)]
    public void Json_RoundTrip_KeepsKindAndValue(string json, KnobValueKind kind)
    {
        var value = JsonSerializer.Deserialize<KnobValue>(json)!;

        var back = JsonSerializer.Deserialize<KnobValue>(JsonSerializer.Serialize(value));

        Assert.Equal(kind, value.Kind);
        Assert.Equal(value, back);
    }

    [Theory]
    [InlineData("[1]")]
    [InlineData("{\"value\":1}")]
    public void Json_ThatIsNotAScalar_IsRejected(string json)
    {
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<KnobValue>(json));
    }

    /// <summary>A culture that writes 1,2 and -3 differently from JSON, without needing ICU data.</summary>
    private sealed class CommaDecimalCulture : IDisposable
    {
        private readonly CultureInfo _previous = CultureInfo.CurrentCulture;

        public CommaDecimalCulture()
        {
            var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            culture.NumberFormat.NumberDecimalSeparator = ",";
            culture.NumberFormat.NegativeSign = "−";
            CultureInfo.CurrentCulture = culture;
        }

        public void Dispose() => CultureInfo.CurrentCulture = _previous;
    }
}
