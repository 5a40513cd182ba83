namespace Backlot.Domain.Reviews;

/// <summary>A reviewer's decision or note on a take.</summary>
public sealed class Review
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ProductionId { get; init; }

    public Guid ShotId { get; init; }

    public Guid TakeId { get; init; }

    public ReviewKind Kind { get; init; }

    public required string Author { get; init; }

    public string Text { get; init; } = "";

    public DateTimeOffset At { get; init; } = DateTimeOffset.UtcNow;
}
