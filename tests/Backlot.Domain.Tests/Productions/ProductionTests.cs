using Backlot.Domain.Productions;

namespace Backlot.Domain.Tests.Productions;

public sealed class ProductionTests
{
    [Theory]
    [InlineData("The Last Reel", "the-last-reel")]
    [InlineData("THE LAST REEL", "the-last-reel")]
    [InlineData("  The   Last -- Reel!  ", "the-last-reel")]
    [InlineData("Ocean's 11", "ocean-s-11")]
    [InlineData("Episode 2: Pilot", "episode-2-pilot")]
    [InlineData("already-a-slug", "already-a-slug")]
    public void SlugFor_IsLowerCaseWordsJoinedByDashes(string name, string expected)
    {
        Assert.Equal(expected, Production.SlugFor(name));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!!")]
    public void SlugFor_ANameWithNoLettersOrDigits_IsAFixedWord(string name)
    {
        Assert.Equal("production", Production.SlugFor(name));
    }

    [Fact]
    public void SlugFor_KeepsLettersOfAnyScriptAndDropsPunctuation()
    {
        Assert.Equal("ève-the-über-crew-2025-director-s-cut", Production.SlugFor("Ève & the Über/Crew (2025) – Director’s Cut"));
        Assert.DoesNotContain('/', Production.SlugFor("a/b\\c?d#e"));
    }

    [Fact]
    public void SlugFor_NamesThatDifferOnlyInAccents_GetDifferentSlugs()
    {
        Assert.NotEqual(Production.SlugFor("Cafe"), Production.SlugFor("Café"));
    }
}
