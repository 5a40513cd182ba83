namespace Backlot.Domain.Productions;

/// <summary>What a production lets leave the building: the data handling it accepts from engines.</summary>
public sealed record DataPolicy(DataHandling Allowed)
{
    /// <summary>On-premises engines and hosted engines with zero retention.</summary>
    public static DataPolicy Default { get; } = new(DataHandling.OnPremises | DataHandling.HostedZeroRetention);

    public bool Allows(DataHandling handling) => handling != DataHandling.None && (Allowed & handling) == handling;
}
