namespace Backlot.Domain.Productions;

/// <summary>How an engine treats the material sent to it. A production allows a subset.</summary>
[Flags]
public enum DataHandling
{
    None = 0,

    /// <summary>Runs on the studio's own machines; nothing leaves.</summary>
    OnPremises = 1,

    /// <summary>Hosted by a provider that keeps nothing after answering.</summary>
    HostedZeroRetention = 2,

    /// <summary>Hosted by a provider that may keep inputs and outputs.</summary>
    HostedMayRetain = 4,

    /// <summary>Hosted by a provider that may train its models on inputs.</summary>
    HostedMayTrain = 8,
}
