namespace Backlot.Studio.Jobs;

/// <summary>Puts a take's render on a queue. Enqueuing the same take twice is harmless: the job claims it once.</summary>
public interface IJobScheduler
{
    string Enqueue(Guid takeId, string queue);
}
