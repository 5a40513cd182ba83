using Backlot.Domain.Productions;

namespace Backlot.Domain.Tests.Productions;

public sealed class DataPolicyTests
{
    [Theory]
    [InlineData(DataHandling.OnPremises, true)]
    [InlineData(DataHandling.HostedZeroRetention, true)]
    [InlineData(DataHandling.HostedMayRetain, false)]
    [InlineData(DataHandling.HostedMayTrain, false)]
    public void Default_AllowsOnPremisesAndZeroRetentionOnly(DataHandling handling, bool expected)
    {
        Assert.Equal(expected, DataPolicy.Default.Allows(handling));
    }

    [Fact]
    public void Allows_None_IsNeverAllowed()
    {
        var everything = new DataPolicy(DataHandling.OnPremises | DataHandling.HostedZeroRetention | DataHandling.HostedMayRetain | DataHandling.HostedMayTrain);

        Assert.False(everything.Allows(DataHandling.None));
    }

    [Fact]
    public void Allows_ACombinationOnlyWhenEveryPartIsAllowed()
    {
        Assert.True(DataPolicy.Default.Allows(DataHandling.OnPremises | DataHandling.HostedZeroRetention));
        Assert.False(DataPolicy.Default.Allows(DataHandling.OnPremises | DataHandling.HostedMayTrain));
    }

    [Fact]
    public void Allows_NothingUnderAPolicyThatAllowsNothing()
    {
        var closed = new DataPolicy(DataHandling.None);

        Assert.All(Enum.GetValues<DataHandling>(), h => Assert.False(closed.Allows(h)));
    }
}
