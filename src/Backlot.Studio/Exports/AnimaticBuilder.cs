using Backlot.Data;
using Backlot.Domain.Reviews;
using Backlot.Domain.Takes;
using Backlot.Interchange.Timeline;
using Backlot.Studio.Auth;
using Backlot.Studio.Productions;
using Microsoft.EntityFrameworkCore;

namespace Backlot.Studio.Exports;

/// <summary>Gathers the animatic: every shot in scene and shot order with its chosen take, and turns it into a cut.</summary>
public sealed class AnimaticBuilder(IDbContextFactory<BacklotDbContext> contexts, ProductionService productions)
{
    /// <summary>The rate animatics are cut at.</summary>
    public static readonly FrameRate Rate = FrameRate.Fps24;

    public async Task<Animatic> LoadAsync(AccessScope scope, string? production, string? scene, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var p = await productions.FindAsync(production, cancellationToken);
        if (!scope.CanSee(p.Id))
            throw StudioException.NotFound($"production '{production}'");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var scenes = await db.Scenes.AsNoTracking().Where(s => s.ProductionId == p.Id && !s.Archived).OrderBy(s => s.Ordinal).ToListAsync(cancellationToken);
        if (scene is not null)
        {
            scenes = [.. scenes.Where(s => string.Equals(s.Number, scene, StringComparison.OrdinalIgnoreCase))];
            if (scenes.Count == 0)
                throw StudioException.NotFound($"scene {scene} in '{p.Name}'");
        }

        var sceneIds = scenes.Select(s => s.Id).ToList();
        var shots = await db.Shots.AsNoTracking().Where(s => sceneIds.Contains(s.SceneId) && !s.Omitted).ToListAsync(cancellationToken);
        var takes = await db.Takes.AsNoTracking().Where(t => t.ProductionId == p.Id && t.Status == TakeStatus.Completed).ToListAsync(cancellationToken);
        var notes = await db.Reviews.AsNoTracking().Where(r => r.ProductionId == p.Id && r.Kind == ReviewKind.Note).ToListAsync(cancellationToken);
        var result = new List<AnimaticShot>();
        foreach (var s in scenes)
        {
            foreach (var shot in shots.Where(x => x.SceneId == s.Id).OrderBy(x => x.Ordinal))
            {
                var take = takes.FirstOrDefault(t => t.Id == shot.SelectedTakeId)
                    ?? takes.Where(t => t.ShotId == shot.Id).OrderByDescending(t => t.Number).FirstOrDefault();
                result.Add(new AnimaticShot(s, shot, take, [.. notes.Where(n => n.ShotId == shot.Id).OrderBy(n => n.At)]));
            }
        }

        return new Animatic(p.Id, p.Name, scene, result);
    }

    /// <summary>One video track, a clip per shot lasting its planned time, notes as markers, Backlot ids in metadata.</summary>
    public static Cut ToCut(Animatic animatic)
    {
        ArgumentNullException.ThrowIfNull(animatic);
        var clips = animatic.Shots.Select(a => (CutItem)new CutClip(a.Shot.Code, 0, Math.Max(1, Rate.Frames(a.Shot.EstimatedSeconds)), a.FramePath)
        {
            Reel = $"S{a.Scene.Number}{a.Shot.Code}".Replace(" ", "", StringComparison.Ordinal),
            Metadata = Metadata(animatic, a),
            Markers = [.. a.Notes.Select(n => new CutMarker($"note by {n.Author}", 0, 1, "YELLOW", n.Text))],
        }).ToList();
        var name = animatic.Scene is null ? animatic.ProductionName : $"{animatic.ProductionName} - scene {animatic.Scene}";
        return new Cut(name, Rate, [new CutTrack("V1", TrackKind.Video, clips)]);
    }

    private static Dictionary<string, string> Metadata(Animatic animatic, AnimaticShot a)
    {
        var data = new Dictionary<string, string>
        {
            [Cut.Keys.ProductionId] = animatic.ProductionId.ToString(),
            [Cut.Keys.SceneNumber] = a.Scene.Number,
            [Cut.Keys.ShotId] = a.Shot.Id.ToString(),
            [Cut.Keys.ShotCode] = a.Shot.Code,
        };
        if (a.Take is { } take)
        {
            data[Cut.Keys.TakeId] = take.Id.ToString();
            data[Cut.Keys.TakeNumber] = take.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return data;
    }
}
