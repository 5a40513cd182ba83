using Backlot.Screenplay.Breakdown;

namespace Backlot.Screenplay.Tests.Breakdown;

public sealed class HeadingPartsTests
{
    [Theory]
    [InlineData("DAY", "DAY")]
    [InlineData("night", "NIGHT")]
    [InlineData("NITE", "NIGHT")]
    [InlineData("EARLY MORNING", "MORNING")]
    [InlineData("LATE AFTERNOON", "AFTERNOON")]
    [InlineData("CONTINUOUS", "CONTINUOUS")]
    [InlineData("CONT'D", "CONTINUOUS")]
    [InlineData("A MOMENT LATER", "MOMENTS LATER")]
    [InlineData("Moments later", "MOMENTS LATER")]
    [InlineData("THREE HOURS LATER", "LATER")]
    [InlineData("LATER THAT NIGHT", "NIGHT")]
    [InlineData("SAME TIME", "SAME")]
    [InlineData("NIGHT - CONTINUOUS", "NIGHT")]
    [InlineData("SUNSET", "SUNSET")]
    public void From_TimeOfDay_IsNormalisedToTheKnownSet(string written, string expected)
    {
        Assert.Equal(expected, HeadingParts.From("KITCHEN", written).TimeOfDay);
    }

    [Fact]
    public void From_UnknownTimeOfDay_KeepsTheHeadingsText()
    {
        var parts = HeadingParts.From("HOUSE", "attic");

        Assert.Equal(("HOUSE", "ATTIC"), (parts.Location, parts.TimeOfDay));
    }

    [Fact]
    public void From_NoTimeOfDay_IsEmpty()
    {
        Assert.Equal(("SPACESHIP", ""), (HeadingParts.From("Spaceship", "").Location, HeadingParts.From("Spaceship", "").TimeOfDay));
    }

    [Theory]
    [InlineData("BRICK'S PATIO", "DAY")]
    [InlineData("Brick's patio", "DAY")]
    [InlineData("  BRICK'S    PATIO ", "day")]
    [InlineData("BRICK’S PATIO", "DAY")]
    [InlineData("BRICK'S PATIO - DAY", "CONTINUOUS")]
    [InlineData("BRICK'S PATIO", "CONTINUOUS")]
    public void From_SpellingsOfOneLocation_GiveOneLocation(string location, string time)
    {
        Assert.Equal("BRICK'S PATIO", HeadingParts.From(location, time).Location);
    }

    [Fact]
    public void From_SubLocation_KeepsBothParts()
    {
        Assert.Equal("HOUSE - KITCHEN", HeadingParts.From("HOUSE - KITCHEN", "NIGHT").Location);
    }

    [Theory]
    [InlineData("DINER (1973)", "NIGHT", "1973")]
    [InlineData("DINER", "NIGHT (1973)", "1973")]
    [InlineData("DINER - 1973", "NIGHT", "1973")]
    [InlineData("DINER - NIGHT", "1973", "1973")]
    [InlineData("DINER - FLASHBACK", "NIGHT", "FLASHBACK")]
    [InlineData("DINER", "NIGHT (FLASHBACK)", "FLASHBACK")]
    [InlineData("DINER (1970s)", "NIGHT", "1970S")]
    [InlineData("DINER", "NIGHT (PRESENT DAY)", "PRESENT DAY")]
    public void From_PeriodTag_IsTakenOutOfLocationAndTime(string location, string time, string period)
    {
        var parts = HeadingParts.From(location, time);

        Assert.Equal(("DINER", "NIGHT"), (parts.Location, parts.TimeOfDay));
        Assert.Equal([period], parts.Periods);
    }

    [Fact]
    public void From_ParenthesisThatIsNotAPeriod_StaysInTheLocation()
    {
        var parts = HeadingParts.From("CAR (MOVING)", "NIGHT");

        Assert.Equal("CAR (MOVING)", parts.Location);
        Assert.Empty(parts.Periods);
    }
}
