using Backlot.Domain.Characters;

namespace Backlot.Domain.Tests.Characters;

public sealed class CharacterBibleTests
{
    private static readonly Look Booth = new("booth", "#3a5f8c", "#222222", "#111111", "#c68642", "#1b1b1b", FromScene: 1, ToScene: 2);
    private static readonly Look Garage = new("garage", "#8c5f3a", "#333333", "#111111", "#c68642", "#1b1b1b", FromScene: 3, ToScene: 4);
    private static readonly Look Premiere = new("premiere", "#000000", "#000000", "#000000", "#c68642", "#1b1b1b", FromScene: 6);

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    [InlineData(3, true)]
    [InlineData(4, true)]
    [InlineData(5, false)]
    public void AppliesTo_ARangeOfScenes_IsInclusiveAtBothEnds(int scene, bool expected)
    {
        var look = Garage with { FromScene = 2 };

        Assert.Equal(expected, look.AppliesTo(scene));
    }

    [Theory]
    [InlineData(5, false)]
    [InlineData(6, true)]
    [InlineData(600, true)]
    public void AppliesTo_WithNoEnd_IsOpenEnded(int scene, bool expected)
    {
        Assert.Equal(expected, Premiere.AppliesTo(scene));
    }

    [Fact]
    public void AppliesTo_WithNeitherEnd_IsEveryScene()
    {
        var always = Booth with { FromScene = null, ToScene = null };

        Assert.True(always.AppliesTo(1));
        Assert.True(always.AppliesTo(int.MaxValue));
    }

    [Theory]
    [InlineData(1, "booth")]
    [InlineData(2, "booth")]
    [InlineData(3, "garage")]
    [InlineData(4, "garage")]
    [InlineData(7, "premiere")]
    public void LookFor_PicksTheLookValidForTheScene(int scene, string expected)
    {
        var bible = new CharacterBible { Looks = [Booth, Garage, Premiere] };

        Assert.Equal(expected, bible.LookFor(scene)!.Name);
    }

    [Fact]
    public void LookFor_ASceneNoLookCovers_FallsBackToTheFirstLook()
    {
        var bible = new CharacterBible { Looks = [Garage, Premiere] };

        Assert.Equal("garage", bible.LookFor(5)!.Name);
    }

    [Fact]
    public void LookFor_WhenTwoLooksOverlap_PicksTheFirstListed()
    {
        var bible = new CharacterBible { Looks = [Garage, Garage with { Name = "garage, wet" }] };

        Assert.Equal("garage", bible.LookFor(3)!.Name);
    }

    [Fact]
    public void LookFor_WithNoLooks_IsNull()
    {
        Assert.Null(new CharacterBible().LookFor(1));
    }
}
