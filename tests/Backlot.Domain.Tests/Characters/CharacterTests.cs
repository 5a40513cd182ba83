using Backlot.Domain.Characters;

namespace Backlot.Domain.Tests.Characters;

public sealed class CharacterTests
{
    [Theory]
    [InlineData("EDWARD", "EDWARD")]
    [InlineData("EDWARD (V.O.)", "EDWARD")]
    [InlineData("EDWARD (O.S.)", "EDWARD")]
    [InlineData("EDWARD (CONT'D)", "EDWARD")]
    [InlineData("EDWARD (V.O.) (CONT'D)", "EDWARD")]
    [InlineData("  EDWARD  ", "EDWARD")]
    [InlineData("EDWARD ^", "EDWARD")]
    [InlineData("@McCLANE", "MCCLANE")]
    [InlineData("@McCLANE (V.O.)", "MCCLANE")]
    [InlineData("Edward", "EDWARD")]
    public void CanonicalName_DropsExtensionsAndForcingMarks(string cue, string expected)
    {
        Assert.Equal(expected, Character.CanonicalName(cue));
    }

    [Theory]
    [InlineData("YOUNG EDWARD", "YOUNG EDWARD")]
    [InlineData("YOUNG  EDWARD (V.O.)", "YOUNG EDWARD")]
    [InlineData("MRS. HOLLIS", "MRS. HOLLIS")]
    public void CanonicalName_KeepsEveryWordOfTheName(string cue, string expected)
    {
        Assert.Equal(expected, Character.CanonicalName(cue));
    }

    [Fact]
    public void CanonicalName_KeepsYoungEdwardApartFromEdward()
    {
        Assert.NotEqual(Character.CanonicalName("EDWARD (CONT'D)"), Character.CanonicalName("YOUNG EDWARD (CONT'D)"));
    }
}
