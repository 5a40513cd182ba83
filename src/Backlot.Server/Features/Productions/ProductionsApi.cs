using Backlot.Server.Auth;
using Backlot.Studio;
using Backlot.Studio.Breakdowns;
using Backlot.Studio.Policy;
using Backlot.Studio.Queries;
using Backlot.Studio.Renders;
using Backlot.Studio.Scripts;
using Microsoft.AspNetCore.Mvc;

namespace Backlot.Server.Features.Productions;

internal static class ProductionsApi
{
    public static void MapProductionsApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/productions").WithTags("Productions");

        group.MapGet("/", (HttpContext http, StudioQueries q, CancellationToken ct) =>
            q.ProductionsAsync(http.User.ToScope(), ct));

        group.MapGet("/{id:guid}", (Guid id, HttpContext http, StudioQueries q, CancellationToken ct) =>
            q.ProductionAsync(http.User.ToScope(), id, ct));

        group.MapGet("/{id:guid}/scenes", (Guid id, HttpContext http, StudioQueries q, CancellationToken ct) =>
            q.ScenesAsync(http.User.ToScope(), id, ct));

        // The latest draft's breakdown: pages, and per scene eighths, cast, non-speaking cast and elements.
        group.MapGet("/{id:guid}/breakdown", async (Guid id, HttpContext http, StudioQueries q, BreakdownService breakdowns, CancellationToken ct) =>
        {
            await q.ProductionAsync(http.User.ToScope(), id, ct);
            return BreakdownView.From(await breakdowns.ForProductionAsync(http.User.ToScope(), id, ct));
        });

        // The shot plan; ?omitted=true includes shots a person omitted (the plan editor shows them struck through).
        group.MapGet("/{id:guid}/shots", (Guid id, string? scene, bool? omitted, HttpContext http, StudioQueries q, CancellationToken ct) =>
            q.ShotsAsync(http.User.ToScope(), id, scene, omitted ?? false, ct));

        group.MapPost("/{id:guid}/renders", async (Guid id, RenderBody? body, HttpContext http, StudioQueries q, TakeScheduler scheduler, CancellationToken ct) =>
        {
            await q.ProductionAsync(http.User.ToScope(), id, ct);
            var plan = await scheduler.QueueAsync(
                new RenderSelection(id.ToString(), body?.Scene, body?.Shot) { Overrides = body?.Set ?? [], Force = body?.Force ?? false, Actor = http.User.ToScope().Subject }, ct);
            return Results.Accepted($"/api/productions/{id}/jobs", plan);
        });

        // The data policy: what the production allows (onprem, zero-retention, may-retain, may-train) and the engines that lets through.
        group.MapGet("/{id:guid}/policy", (Guid id, HttpContext http, PolicyService policies, CancellationToken ct) =>
            policies.ShowAsync(http.User.ToScope(), id, ct));

        // Only an admin may change it; the change is audited.
        group.MapPut("/{id:guid}/policy", (Guid id, PolicyBody body, HttpContext http, PolicyService policies, CancellationToken ct) =>
            policies.SetAsync(http.User.ToScope(), id, PolicyNames.Parse(body.Allow ?? []), ct));

        // Import a screenplay (multipart field "file"); only an admin token may create or change productions this way.
        group.MapPost("/import", async (IFormFile file, [FromForm] string? production, HttpContext http, ScriptImporter importer, ServerSettings settings, CancellationToken ct) =>
        {
            if (!http.User.ToScope().IsAdmin)
                throw new StudioException(StudioErrorKind.Refused, "only an admin token may import screenplays");
            if (file.Length > settings.MaxUploadBytes)
                throw new StudioException(StudioErrorKind.Invalid, $"{file.FileName}: {file.Length:N0} bytes is over the {settings.MaxUploadBytes:N0}-byte upload limit");
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            return await importer.ImportAsync(Path.GetFileName(file.FileName), buffer.ToArray(), production, null, ct);
        }).DisableAntiforgery();
    }

    internal sealed record PolicyBody(IReadOnlyList<string>? Allow);

    internal sealed record RenderBody(string? Scene, string? Shot, Dictionary<string, string>? Set, bool? Force);
}
