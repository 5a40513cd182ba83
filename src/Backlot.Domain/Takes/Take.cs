namespace Backlot.Domain.Takes;

/// <summary>One result of running an engine for a shot, with everything needed to make it again.</summary>
public sealed class Take
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ProductionId { get; init; }

    public Guid ShotId { get; init; }

    /// <summary>1, 2, 3… within the shot.</summary>
    public int Number { get; init; }

    public TakeStatus Status { get; set; } = TakeStatus.Queued;

    public required string EngineId { get; init; }

    public required string EngineVersion { get; init; }

    public long Seed { get; init; }

    /// <summary>The fully resolved control sheet, canonical JSON.</summary>
    public required string ResolvedSheetJson { get; init; }

    /// <summary>SHA-256 of <see cref="ResolvedSheetJson"/>, lower-case hex.</summary>
    public required string SheetHash { get; init; }

    public List<TakeOutput> Outputs { get; set; } = [];

    public DateTimeOffset QueuedAt { get; init; } = DateTimeOffset.UtcNow;

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>Time the engine took, in milliseconds.</summary>
    public double? RenderMilliseconds { get; set; }

    /// <summary>0 to 1 while running.</summary>
    public double Progress { get; set; }

    /// <summary>Why the take failed, in words a user can act on.</summary>
    public string? Error { get; set; }

    /// <summary>How many times a worker started this take (a worker that died counts).</summary>
    public int Attempts { get; set; }

    /// <summary>The worker holding the take while it runs ("host:pid:start").</summary>
    public string? WorkerId { get; set; }

    public DateTimeOffset? HeartbeatAt { get; set; }

    public bool IsFinished => Status is TakeStatus.Completed or TakeStatus.Failed or TakeStatus.Cancelled;

    public TakeOutput? Output(string role) => Outputs.FirstOrDefault(o => o.Role == role);
}
