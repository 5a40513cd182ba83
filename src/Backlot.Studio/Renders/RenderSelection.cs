namespace Backlot.Studio.Renders;

/// <summary>Which shots to render and with which take-level knob overrides ("lens" → "85").</summary>
public sealed record RenderSelection(string? Production = null, string? Scene = null, string? Shot = null)
{
    public IReadOnlyDictionary<string, string> Overrides { get; init; } = new Dictionary<string, string>();

    /// <summary>Queue a new take even when an identical one exists.</summary>
    public bool Force { get; init; }

    /// <summary>Who asked, for the audit log (a refusal by the production's policy is recorded under this name).</summary>
    public string Actor { get; init; } = Environment.UserName;
}

/// <summary>A shot's take for this render: a new one, or an identical one already done or on its way.</summary>
public sealed record QueuedTake(Guid ShotId, string ShotCode, Guid TakeId, int TakeNumber, string SheetHash, bool Reused);

public sealed record RenderPlan(Guid ProductionId, IReadOnlyList<QueuedTake> Takes)
{
    public int New => Takes.Count(t => !t.Reused);
}
