using Backlot.Server.Auth;
using Backlot.Studio.Queries;
using Backlot.Studio.Renders;

namespace Backlot.Server.Features.Shots;

internal static class ShotsApi
{
    public static void MapShotsApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/shots").WithTags("Shots");

        group.MapGet("/{id:guid}", (Guid id, HttpContext http, StudioQueries q, CancellationToken ct) =>
            q.ShotAsync(http.User.ToScope(), id, ct));

        group.MapGet("/{id:guid}/takes", (Guid id, HttpContext http, StudioQueries q, CancellationToken ct) =>
            q.TakesAsync(http.User.ToScope(), id, ct));

        group.MapPost("/{id:guid}/renders", async (Guid id, ShotRenderBody? body, HttpContext http, StudioQueries q, TakeScheduler scheduler, CancellationToken ct) =>
        {
            var shot = await q.ShotAsync(http.User.ToScope(), id, ct);
            var plan = await scheduler.QueueAsync(
                new RenderSelection(shot.ProductionId.ToString(), shot.SceneNumber, shot.Id.ToString()) { Overrides = body?.Set ?? [], Force = body?.Force ?? false }, ct);
            return Results.Accepted($"/api/shots/{id}/takes", plan);
        });
    }

    internal sealed record ShotRenderBody(Dictionary<string, string>? Set, bool? Force);
}
