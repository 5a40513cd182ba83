using Backlot.Imaging.Colour;

namespace Backlot.Imaging.Tests.Colour;

public class SrgbTests
{
    [Theory]
    [InlineData(0, 0f)]
    [InlineData(10, 0.003035270f)] // linear segment: 10/255/12.92
    [InlineData(128, 0.2158605f)]
    [InlineData(188, 0.5028865f)]
    [InlineData(255, 1f)]
    public void ToLinear_Byte_MatchesTheIecFormula(byte code, float expected) =>
        Assert.Equal(expected, Srgb.ToLinear(code), 6);

    [Fact]
    public void ToLinear_FloatAndByte_Agree()
    {
        for (var i = 0; i < 256; i++)
            Assert.Equal(Srgb.ToLinear((byte)i), Srgb.ToLinear(i / 255f), 5);
    }

    [Fact]
    public void ToByte_OfToLinear_GivesBackEveryCode()
    {
        for (var i = 0; i < 256; i++)
            Assert.Equal(i, Srgb.ToByte(Srgb.ToLinear((byte)i)));
    }

    [Theory]
    [InlineData(-0.5f, 0f)]
    [InlineData(float.NaN, 0f)]
    [InlineData(2f, 1f)]
    [InlineData(0.0031308f, 0.04044994f)]
    public void FromLinear_ClampsAndMeetsTheLinearSegment(float linear, float expected) =>
        Assert.Equal(expected, Srgb.FromLinear(linear), 6);

    [Fact]
    public void ToLinear_NegativeEncoded_IsMirrored() =>
        Assert.Equal(-Srgb.ToLinear(0.5f), Srgb.ToLinear(-0.5f));
}
