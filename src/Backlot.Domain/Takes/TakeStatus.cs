namespace Backlot.Domain.Takes;

public enum TakeStatus
{
    Queued,
    Running,
    Completed,
    Failed,
    Cancelled,
}
