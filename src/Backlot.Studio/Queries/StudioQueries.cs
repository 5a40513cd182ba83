using System.Text.Json;
using Backlot.Data;
using Backlot.Domain.Reviews;
using Backlot.Domain.Sheets;
using Backlot.Domain.Shots;
using Backlot.Domain.Takes;
using Backlot.Engines;
using Backlot.Studio.Auth;
using Microsoft.EntityFrameworkCore;

namespace Backlot.Studio.Queries;

/// <summary>
/// Read side for the API, the CLI and the studio. Every method takes the caller's scope; a production the
/// caller may not see is reported as not found, never shown.
/// </summary>
public sealed class StudioQueries(IDbContextFactory<BacklotDbContext> contexts, EngineRouter engines, StudioDatabase database)
{
    public async Task<IReadOnlyList<ProductionView>> ProductionsAsync(AccessScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await database.EnsureReadyAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var productions = await db.Productions.AsNoTracking().OrderBy(p => p.Name).ToListAsync(cancellationToken);
        var result = new List<ProductionView>();
        foreach (var p in productions.Where(p => scope.CanSee(p.Id)))
        {
            result.Add(new ProductionView(
                p.Id, p.Name, p.Slug, p.CreatedAt,
                [.. Enum.GetValues<Domain.Productions.DataHandling>().Where(h => h != Domain.Productions.DataHandling.None && p.DataPolicy.Allows(h)).Select(h => h.ToString())],
                p.SigningIdentity.Subject, p.SigningIdentity.IsPlaceholder,
                await db.Scenes.CountAsync(s => s.ProductionId == p.Id && !s.Archived, cancellationToken),
                await db.Shots.CountAsync(s => s.ProductionId == p.Id && !s.Omitted, cancellationToken),
                await db.Takes.CountAsync(t => t.ProductionId == p.Id && t.Status == TakeStatus.Completed, cancellationToken)));
        }

        return result;
    }

    public async Task<ProductionView> ProductionAsync(AccessScope scope, Guid productionId, CancellationToken cancellationToken = default) =>
        (await ProductionsAsync(scope, cancellationToken)).FirstOrDefault(p => p.Id == productionId)
        ?? throw StudioException.NotFound($"production {productionId}");

    public async Task<IReadOnlyList<SceneView>> ScenesAsync(AccessScope scope, Guid productionId, CancellationToken cancellationToken = default)
    {
        await using var db = await database.OpenProductionAsync(scope, productionId, cancellationToken);
        var scenes = await db.Scenes.AsNoTracking().Where(s => s.ProductionId == productionId && !s.Archived)
            .OrderBy(s => s.Ordinal).ToListAsync(cancellationToken);
        var counts = await db.Shots.Where(s => s.ProductionId == productionId && !s.Omitted)
            .GroupBy(s => s.SceneId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return [.. scenes.Select(s => new SceneView(
            s.Id, s.Number, s.Ordinal, s.Heading, s.IntExt, s.Location, s.TimeOfDay, s.Synopsis, s.Cast, counts.GetValueOrDefault(s.Id),
            s.DraftStatus.ToString(), s.ChangedInDraft))];
    }

    public async Task<IReadOnlyList<ShotView>> ShotsAsync(
        AccessScope scope, Guid productionId, string? sceneNumber = null, CancellationToken cancellationToken = default) =>
        await ShotsAsync(scope, productionId, sceneNumber, includeOmitted: false, cancellationToken);

    /// <summary>The shot plan; omitted shots only when <paramref name="includeOmitted"/> (the plan editor shows them).</summary>
    public async Task<IReadOnlyList<ShotView>> ShotsAsync(
        AccessScope scope, Guid productionId, string? sceneNumber, bool includeOmitted, CancellationToken cancellationToken = default)
    {
        await using var db = await database.OpenProductionAsync(scope, productionId, cancellationToken);
        var scenes = await db.Scenes.AsNoTracking().Where(s => s.ProductionId == productionId && !s.Archived)
            .Select(s => new { s.Id, s.Number, s.Ordinal }).ToListAsync(cancellationToken);
        if (sceneNumber is not null)
            scenes = [.. scenes.Where(s => string.Equals(s.Number, sceneNumber, StringComparison.OrdinalIgnoreCase))];
        var sceneIds = scenes.Select(s => s.Id).ToList();
        var shots = await db.Shots.AsNoTracking().Where(s => s.ProductionId == productionId && sceneIds.Contains(s.SceneId))
            .Where(s => includeOmitted || !s.Omitted)
            .ToListAsync(cancellationToken);
        var takes = await db.Takes.AsNoTracking().Where(t => t.ProductionId == productionId)
            .Select(t => new { t.Id, t.ShotId, t.Number, t.Status, t.Progress, t.Outputs, t.Error })
            .ToListAsync(cancellationToken);
        var reviews = await db.Reviews.AsNoTracking().Where(r => r.ProductionId == productionId && r.Kind != ReviewKind.Note)
            .Select(r => new { r.TakeId, r.Kind, r.At }).ToListAsync(cancellationToken);
        var byShot = takes.ToLookup(t => t.ShotId);
        var order = scenes.ToDictionary(s => s.Id, s => (s.Ordinal, s.Number));
        return [.. shots.OrderBy(s => order[s.SceneId].Ordinal).ThenBy(s => s.Ordinal).Select(shot =>
        {
            var shotTakes = byShot[shot.Id].ToList();
            var latest = shotTakes.OrderByDescending(t => t.Number).FirstOrDefault();
            var shown = shotTakes.FirstOrDefault(t => t.Id == shot.SelectedTakeId) ?? latest;
            var verdict = shown is null ? null : reviews.Where(r => r.TakeId == shown.Id).OrderBy(r => r.At).LastOrDefault();
            return new ShotView(
                shot.Id, shot.ProductionId, shot.SceneId, order[shot.SceneId].Number, shot.Code, shot.Ordinal, shot.Size?.ToString(),
                shot.Sheet.Get(KnobNames.Angle)?.Text, shot.Sheet.Get(KnobNames.Lens)?.Number, shot.Characters,
                shot.Description, shot.EstimatedSeconds, SheetView(shot.Sheet), shotTakes.Count,
                shown is null ? null : new TakeSummary(shown.Id, shown.Number, shown.Status.ToString(), shown.Progress,
                    shown.Outputs.FirstOrDefault(o => o.Role == "beauty")?.AssetSha256, shown.Error),
                shot.SelectedTakeId,
                verdict is null ? "none" : verdict.Kind == ReviewKind.Approve ? "approved" : "rejected",
                shot.Framing, shot.Sheet.Get(KnobNames.Subject)?.Text, shot.FirstLine, shot.LastLine, shot.EditedByUser, shot.Omitted);
        })];
    }

    public async Task<ShotView> ShotAsync(AccessScope scope, Guid shotId, CancellationToken cancellationToken = default)
    {
        var productionId = await ProductionOfShotAsync(scope, shotId, cancellationToken);
        return (await ShotsAsync(scope, productionId, null, includeOmitted: true, cancellationToken)).FirstOrDefault(s => s.Id == shotId)
            ?? throw StudioException.NotFound($"shot {shotId}");
    }

    public async Task<IReadOnlyList<TakeView>> TakesAsync(AccessScope scope, Guid shotId, CancellationToken cancellationToken = default)
    {
        var productionId = await ProductionOfShotAsync(scope, shotId, cancellationToken);
        await using var db = await database.OpenProductionAsync(scope, productionId, cancellationToken);
        var shot = await db.Shots.AsNoTracking().SingleAsync(s => s.Id == shotId, cancellationToken);
        var takes = await db.Takes.AsNoTracking().Where(t => t.ShotId == shotId).OrderByDescending(t => t.Number).ToListAsync(cancellationToken);
        var reviews = await db.Reviews.AsNoTracking().Where(r => r.ShotId == shotId).ToListAsync(cancellationToken);
        return [.. takes.Select(t => ToView(t, shot, reviews.Where(r => r.TakeId == t.Id)))];
    }

    public async Task<TakeView> TakeAsync(AccessScope scope, Guid takeId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await database.EnsureReadyAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var take = await db.Takes.AsNoTracking().SingleOrDefaultAsync(t => t.Id == takeId, cancellationToken);
        if (take is null || !scope.CanSee(take.ProductionId))
            throw StudioException.NotFound($"take {takeId}");
        var shot = await db.Shots.AsNoTracking().SingleAsync(s => s.Id == take.ShotId, cancellationToken);
        var reviews = await db.Reviews.AsNoTracking().Where(r => r.TakeId == takeId).ToListAsync(cancellationToken);
        return ToView(take, shot, reviews);
    }

    public async Task<IReadOnlyList<JobView>> JobsAsync(AccessScope scope, Guid productionId, int limit = 200, CancellationToken cancellationToken = default)
    {
        await using var db = await database.OpenProductionAsync(scope, productionId, cancellationToken);
        var takes = await db.Takes.AsNoTracking().Where(t => t.ProductionId == productionId)
            .OrderByDescending(t => t.QueuedAt).Take(Math.Clamp(limit, 1, 1000)).ToListAsync(cancellationToken);
        var shotIds = takes.Select(t => t.ShotId).Distinct().ToList();
        var codes = await db.Shots.AsNoTracking().Where(s => shotIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => s.Code, cancellationToken);
        return [.. takes.Select(t => new JobView(
            t.Id, t.ShotId, codes.GetValueOrDefault(t.ShotId, "?"), t.Number, t.Status.ToString(), t.Progress, t.EngineId,
            t.QueuedAt, t.StartedAt, t.CompletedAt, t.Error, t.Attempts))];
    }

    /// <summary>An asset's record, if the caller may see the production it belongs to.</summary>
    public async Task<AssetView> AssetAsync(AccessScope scope, string sha256, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!Domain.Assets.Asset.IsValidSha256(sha256))
            throw StudioException.NotFound($"asset {sha256}");
        await database.EnsureReadyAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var asset = await db.Assets.AsNoTracking().SingleOrDefaultAsync(a => a.Sha256 == sha256, cancellationToken);
        if (asset is null || !await MaySeeAsync(db, scope, asset, cancellationToken))
            throw StudioException.NotFound($"asset {sha256}");
        return new AssetView(asset.Sha256, asset.MediaType, asset.Size, asset.Width, asset.Height, asset.SourceTakeId);
    }

    /// <summary>
    /// Content addressing shares one asset row between productions that made the same bytes; the row names the
    /// first. A caller may see it through any production it can see whose takes or drafts use it.
    /// </summary>
    private static async Task<bool> MaySeeAsync(BacklotDbContext db, AccessScope scope, Domain.Assets.Asset asset, CancellationToken cancellationToken)
    {
        if (asset.ProductionId is { } owner && scope.CanSee(owner))
            return true;
        var visible = scope.ProductionIds;
        if (visible.Count == 0)
            return false;
        if (await db.ScriptDrafts.AnyAsync(d => visible.Contains(d.ProductionId) && d.SourceSha256 == asset.Sha256, cancellationToken))
            return true;
        var outputs = await db.Takes.AsNoTracking()
            .Where(t => visible.Contains(t.ProductionId) && t.Status == TakeStatus.Completed)
            .Select(t => t.Outputs)
            .ToListAsync(cancellationToken);
        return outputs.Any(list => list.Any(o => o.AssetSha256 == asset.Sha256));
    }

    public IReadOnlyList<EngineView> Engines() =>
        [.. engines.Engines.Select(e => new EngineView(
            e.Descriptor.Id, e.Descriptor.Version, e.Descriptor.DisplayName, e.Descriptor.Capabilities,
            e.Descriptor.DataHandling.ToString(), e.Descriptor.Queue,
            [.. e.Descriptor.Parameters.Select(p => new ParameterView(
                p.Name, p.Type.ToString(), Plain(p.Default), p.Description, p.Min, p.Max, p.Unit, p.Choices, p.Multiline))]))];

    private async Task<Guid> ProductionOfShotAsync(AccessScope scope, Guid shotId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await database.EnsureReadyAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var productionId = await db.Shots.Where(s => s.Id == shotId).Select(s => (Guid?)s.ProductionId).SingleOrDefaultAsync(cancellationToken);
        return productionId is { } id && scope.CanSee(id) ? id : throw StudioException.NotFound($"shot {shotId}");
    }

    private static TakeView ToView(Take t, Shot shot, IEnumerable<Review> reviews)
    {
        using var doc = JsonDocument.Parse(t.ResolvedSheetJson);
        var sheet = doc.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => Plain(p.Value));
        return new TakeView(
            t.Id, t.ShotId, shot.Code, t.Number, t.Status.ToString(), t.EngineId, t.EngineVersion, t.Seed, t.SheetHash, sheet,
            [.. t.Outputs.Select(o => new OutputView(o.Role, o.AssetSha256, o.MediaType))],
            t.QueuedAt, t.StartedAt, t.CompletedAt, t.RenderMilliseconds, t.Progress, t.Error, t.Attempts,
            [.. reviews.OrderBy(r => r.At).Select(r => new ReviewView(r.Id, r.TakeId, r.Kind.ToString(), r.Author, r.Text, r.At))]);
    }

    private static Dictionary<string, KnobView> SheetView(ControlSheet sheet) =>
        sheet.Knobs.ToDictionary(k => k.Key, k => new KnobView(Plain(k.Value.Value), k.Value.Locked));

    private static object Plain(KnobValue v) => v.Kind switch
    {
        KnobValueKind.Number => v.Number,
        KnobValueKind.Boolean => v.Flag,
        _ => v.Text!,
    };

    private static object Plain(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Number => e.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => e.GetString() ?? "",
    };
}
