using Backlot.Data;
using Backlot.Domain.Reviews;
using Backlot.Domain.Takes;
using Backlot.Studio.Auth;
using Microsoft.EntityFrameworkCore;

namespace Backlot.Studio.Reviews;

/// <summary>Approve, reject or annotate a take. Approving selects the take for its shot.</summary>
public sealed class ReviewService(IDbContextFactory<BacklotDbContext> contexts)
{
    public const int MaxNoteLength = 4000;

    public async Task<Review> AddAsync(AccessScope scope, Guid takeId, ReviewKind kind, string? text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        text = text?.Trim() ?? "";
        if (text.Length > MaxNoteLength)
            throw new StudioException(StudioErrorKind.Invalid, $"a note is at most {MaxNoteLength} characters; this one has {text.Length}");
        if (kind == ReviewKind.Note && text.Length == 0)
            throw new StudioException(StudioErrorKind.Invalid, "a note needs text");

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var take = await db.Takes.AsNoTracking().SingleOrDefaultAsync(t => t.Id == takeId, cancellationToken);
        if (take is null || !scope.CanSee(take.ProductionId))
            throw StudioException.NotFound($"take {takeId}");
        if (kind == ReviewKind.Approve && take.Status != TakeStatus.Completed)
            throw new StudioException(StudioErrorKind.Conflict, $"take {take.Number} is {take.Status.ToString().ToLowerInvariant()}; only a completed take can be approved");

        var review = new Review
        {
            ProductionId = take.ProductionId,
            ShotId = take.ShotId,
            TakeId = take.Id,
            Kind = kind,
            Author = scope.Subject,
            Text = text,
        };
        db.Reviews.Add(review);
        if (kind == ReviewKind.Approve)
        {
            var shot = await db.Shots.SingleAsync(s => s.Id == take.ShotId, cancellationToken);
            shot.SelectedTakeId = take.Id;
        }

        await db.SaveChangesAsync(cancellationToken);
        return review;
    }
}
