using Backlot.Data;
using Backlot.Interchange.Timeline;
using Backlot.Studio.Auth;
using Backlot.Studio.Productions;
using Microsoft.EntityFrameworkCore;

namespace Backlot.Studio.Exports;

/// <summary>What a cut import changed and what it could not match.</summary>
public sealed record CutImportReport(
    Guid ProductionId,
    int ClipsInCut,
    int Matched,
    IReadOnlyList<string> Reordered,
    IReadOnlyList<string> DurationsChanged,
    IReadOnlyList<string> UnmatchedClips,
    IReadOnlyList<string> ShotsNotInCut);

/// <summary>
/// Brings an editor's cut back: clips are matched to shots by the Backlot ids in their metadata, else by shot code
/// as the clip's name. Matched shots take the cut's order (within their scene: the slots the matched shots held are
/// filled again in cut order) and the cut's durations. Nothing else changes; what could not be matched is reported.
/// </summary>
public sealed class CutImporter(IDbContextFactory<BacklotDbContext> contexts, ProductionService productions)
{
    public async Task<CutImportReport> ImportAsync(AccessScope scope, Cut cut, string? production, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(cut);
        var p = await productions.FindAsync(production, cancellationToken);
        if (!scope.CanSee(p.Id))
            throw StudioException.NotFound($"production '{production}'");
        var track = cut.Tracks.FirstOrDefault(t => t.Kind == TrackKind.Video)
            ?? throw new StudioException(StudioErrorKind.Invalid, $"the cut '{cut.Name}' has no video track");

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var scenes = await db.Scenes.AsNoTracking().Where(s => s.ProductionId == p.Id && !s.Archived).ToDictionaryAsync(s => s.Id, cancellationToken);
        var shots = await db.Shots.Where(s => s.ProductionId == p.Id).ToListAsync(cancellationToken);
        shots = [.. shots.Where(s => scenes.ContainsKey(s.SceneId))];

        var clips = track.Items.OfType<CutClip>().ToList();
        var matched = new List<(Domain.Shots.Shot Shot, CutClip Clip)>();
        var unmatched = new List<string>();
        foreach (var clip in clips)
        {
            var shot = clip.Metadata.TryGetValue(Cut.Keys.ShotId, out var id) && Guid.TryParse(id, out var shotId)
                ? shots.FirstOrDefault(s => s.Id == shotId)
                : null;
            shot ??= shots.FirstOrDefault(s => string.Equals(s.Code, clip.Name, StringComparison.OrdinalIgnoreCase));
            if (shot is null || matched.Any(m => m.Shot.Id == shot.Id))
                unmatched.Add(clip.Name);
            else
                matched.Add((shot, clip));
        }

        var reordered = new List<string>();
        foreach (var group in matched.GroupBy(m => m.Shot.SceneId))
        {
            var slots = group.Select(m => m.Shot.Ordinal).Order().ToList();
            foreach (var ((shot, _), slot) in group.Zip(slots))
            {
                if (shot.Ordinal == slot)
                    continue;
                shot.Ordinal = slot;
                shot.EditedByUser = true;
                reordered.Add(shot.Code);
            }
        }

        var durations = new List<string>();
        foreach (var (shot, clip) in matched)
        {
            // Compared in frames: a planned 20.8 s is 499 frames at 24 fps, and an untouched clip must not count as a change.
            if (cut.Rate.Frames(shot.EstimatedSeconds) == clip.Duration)
                continue;
            shot.EstimatedSeconds = cut.Rate.Seconds(clip.Duration);
            shot.EditedByUser = true;
            durations.Add(shot.Code);
        }

        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        var inCut = matched.Select(m => m.Shot.Id).ToHashSet();
        return new CutImportReport(
            p.Id, clips.Count, matched.Count, reordered, durations, unmatched,
            [.. shots.Where(s => !inCut.Contains(s.Id)).OrderBy(s => scenes[s.SceneId].Ordinal).ThenBy(s => s.Ordinal).Select(s => s.Code)]);
    }
}
