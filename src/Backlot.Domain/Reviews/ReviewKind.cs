namespace Backlot.Domain.Reviews;

public enum ReviewKind
{
    Approve,
    Reject,
    Note,
}
