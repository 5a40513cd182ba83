using Backlot.Server.Auth;
using Backlot.Studio.Queries;
using Backlot.Studio.Renders;
using Backlot.Studio.Shots;

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

    /// <summary>The plan editor's endpoints: change, move, lock or omit a shot; add one to a scene; re-plan from the script.</summary>
    public static void MapShotPlanApi(this IEndpointRouteBuilder api)
    {
        var shots = api.MapGroup("/shots").WithTags("Shot plan");

        shots.MapPatch("/{id:guid}", async (Guid id, ShotChanges body, HttpContext http, ShotEditor editor, StudioQueries q, CancellationToken ct) =>
        {
            await editor.EditAsync(http.User.ToScope(), id, body, ct);
            return await q.ShotAsync(http.User.ToScope(), id, ct);
        });

        shots.MapPost("/{id:guid}/move", async (Guid id, MoveBody body, HttpContext http, ShotEditor editor, StudioQueries q, CancellationToken ct) =>
        {
            await editor.MoveAsync(http.User.ToScope(), id, body.Ordinal, ct);
            return await q.ShotAsync(http.User.ToScope(), id, ct);
        });

        shots.MapPost("/{id:guid}/locks", async (Guid id, LockBody body, HttpContext http, ShotEditor editor, StudioQueries q, CancellationToken ct) =>
        {
            await editor.LockAsync(http.User.ToScope(), id, body.Knobs ?? [], body.Locked ?? true, ct);
            return await q.ShotAsync(http.User.ToScope(), id, ct);
        });

        shots.MapPost("/{id:guid}/omit", async (Guid id, OmitBody? body, HttpContext http, ShotEditor editor, StudioQueries q, CancellationToken ct) =>
        {
            await editor.OmitAsync(http.User.ToScope(), id, body?.Omitted ?? true, ct);
            return await q.ShotAsync(http.User.ToScope(), id, ct);
        });

        var productions = api.MapGroup("/productions").WithTags("Shot plan");

        productions.MapPost("/{id:guid}/scenes/{scene}/shots", async (Guid id, string scene, AddShotBody body, HttpContext http, ShotEditor editor, StudioQueries q, CancellationToken ct) =>
        {
            var changes = new ShotChanges(body.Size, body.Framing, body.Angle, body.Lens, body.Subject, body.Characters, body.Description, body.EstimatedSeconds);
            var shotId = await editor.AddAsync(http.User.ToScope(), id, scene, changes, body.After, ct);
            return Results.Created($"/api/shots/{shotId}", await q.ShotAsync(http.User.ToScope(), shotId, ct));
        });

        productions.MapPost("/{id:guid}/replan", (Guid id, ReplanBody? body, HttpContext http, ShotEditor editor, CancellationToken ct) =>
            editor.ReplanAsync(http.User.ToScope(), id, body?.Scene, ct));
    }

    internal sealed record ShotRenderBody(Dictionary<string, string>? Set, bool? Force);

    internal sealed record MoveBody(int Ordinal);

    internal sealed record LockBody(IReadOnlyList<string>? Knobs, bool? Locked);

    internal sealed record OmitBody(bool? Omitted);

    internal sealed record ReplanBody(string? Scene);

    internal sealed record AddShotBody(
        string? After, string? Size, string? Framing, string? Angle, double? Lens, string? Subject,
        IReadOnlyList<string>? Characters, string? Description, double? EstimatedSeconds);
}
