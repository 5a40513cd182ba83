using Hangfire;
using Hangfire.Common;
using Hangfire.States;

namespace Backlot.Studio.Jobs;

internal sealed class HangfireJobScheduler(JobStorage storage) : IJobScheduler
{
    private readonly BackgroundJobClient _client = new(storage);

    public string Enqueue(Guid takeId, string queue) =>
        _client.Create(Job.FromExpression<RenderTakeJob>(j => j.RunAsync(takeId, CancellationToken.None)), new EnqueuedState(queue));
}
