namespace Backlot.Studio.Auth;

/// <summary>What a caller may see: every production (admin, the local CLI) or a list of them.</summary>
public sealed record AccessScope(string Subject, bool IsAdmin, IReadOnlyList<Guid> ProductionIds)
{
    /// <summary>The person at the local command line.</summary>
    public static AccessScope Local { get; } = new(Environment.UserName, true, []);

    public bool CanSee(Guid productionId) => IsAdmin || ProductionIds.Contains(productionId);
}
