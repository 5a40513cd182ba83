namespace Backlot.Imaging.Tests;

public class Rgba32Tests
{
    [Fact]
    public void FromHex_SixDigits_ReadsEachChannel() =>
        Assert.Equal(new Rgba32(0x3a, 0x5f, 0x8c), Rgba32.FromHex("#3A5f8c"));

    [Fact]
    public void FromHex_ThreeDigits_RepeatsEachDigit() =>
        Assert.Equal(new Rgba32(0xff, 0x00, 0x88), Rgba32.FromHex("#f08"));

    [Theory]
    [InlineData("")]
    [InlineData("3a5f8c")]
    [InlineData("#3a5f8")]
    [InlineData("#gg0000")]
    [InlineData("#3a5f8c00")]
    public void FromHex_Malformed_ThrowsFormatExceptionQuotingTheText(string hex)
    {
        var e = Assert.Throws<FormatException>(() => Rgba32.FromHex(hex));
        Assert.Contains($"'{hex}'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHex_RoundTripsThroughFromHex() =>
        Assert.Equal("#0a1b2c", Rgba32.FromHex("#0a1b2c").ToHex());
}
