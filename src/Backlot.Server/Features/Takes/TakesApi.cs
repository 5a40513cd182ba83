using Backlot.Domain.Reviews;
using Backlot.Server.Auth;
using Backlot.Studio;
using Backlot.Studio.Queries;
using Backlot.Studio.Reviews;
using Backlot.Studio.Signing;

namespace Backlot.Server.Features.Takes;

internal static class TakesApi
{
    public static void MapTakesApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/takes").WithTags("Takes");

        group.MapGet("/{id:guid}", (Guid id, HttpContext http, StudioQueries q, CancellationToken ct) =>
            q.TakeAsync(http.User.ToScope(), id, ct));

        group.MapGet("/{id:guid}/reviews", async (Guid id, HttpContext http, StudioQueries q, CancellationToken ct) =>
            (await q.TakeAsync(http.User.ToScope(), id, ct)).Reviews);

        // The frame's content credentials as it is exported (signed and read back against the production's root) and the
        // audit trail of what of it left. Reading them records nothing.
        group.MapGet("/{id:guid}/credentials", (Guid id, HttpContext http, TakeCredentialsQuery q, CancellationToken ct) =>
            q.TakeCredentialsAsync(http.User.ToScope(), id, ct));

        group.MapPost("/{id:guid}/reviews", async (Guid id, ReviewBody body, HttpContext http, ReviewService reviews, CancellationToken ct) =>
        {
            if (!Enum.TryParse<ReviewKind>(body.Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
                throw new StudioException(StudioErrorKind.Invalid, $"review kind '{body.Kind}' is not one of approve, reject, note");
            var review = await reviews.AddAsync(http.User.ToScope(), id, kind, body.Text, ct);
            return Results.Created(
                $"/api/takes/{id}/reviews",
                new ReviewView(review.Id, review.TakeId, review.Kind.ToString(), review.Author, review.Text, review.At));
        });
    }

    internal sealed record ReviewBody(string Kind, string? Text);
}
