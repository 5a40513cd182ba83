using Backlot.Server.Auth;
using Backlot.Studio.Queries;

namespace Backlot.Server.Features.Jobs;

internal static class JobsApi
{
    public static void MapJobsApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/productions/{id:guid}/jobs", (Guid id, int? limit, HttpContext http, StudioQueries q, CancellationToken ct) =>
            q.JobsAsync(http.User.ToScope(), id, limit ?? 200, ct)).WithTags("Jobs");

        api.MapGet("/engines", (StudioQueries q) => q.Engines()).WithTags("Engines");
    }
}
