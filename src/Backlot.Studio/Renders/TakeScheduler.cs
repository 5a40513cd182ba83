using System.Security.Cryptography;
using System.Text;
using Backlot.Data;
using Backlot.Domain.Sheets;
using Backlot.Domain.Shots;
using Backlot.Domain.Takes;
using Backlot.Engines;
using Backlot.Studio.Jobs;
using Backlot.Studio.Policy;
using Backlot.Studio.Productions;
using Microsoft.EntityFrameworkCore;

namespace Backlot.Studio.Renders;

/// <summary>
/// Resolves each selected shot's control sheet (engine → production → scene → shot → take), checks it against
/// the engine's declared knobs and the production's data policy, and queues a take, unless an identical take
/// (same sheet hash and engine version) is already completed or on its way.
/// </summary>
public sealed class TakeScheduler(
    IDbContextFactory<BacklotDbContext> contexts,
    ProductionService productions,
    EngineRouter engines,
    IJobScheduler jobs,
    PolicyService policies)
{
    public async Task<RenderPlan> QueueAsync(RenderSelection selection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(selection);
        var production = await productions.FindAsync(selection.Production, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var scenes = await db.Scenes.AsNoTracking()
            .Where(s => s.ProductionId == production.Id && !s.Archived)
            .OrderBy(s => s.Ordinal)
            .ToListAsync(cancellationToken);
        if (selection.Scene is { } sceneNumber)
        {
            scenes = [.. scenes.Where(s => string.Equals(s.Number, sceneNumber, StringComparison.OrdinalIgnoreCase))];
            if (scenes.Count == 0)
                throw StudioException.NotFound($"scene {sceneNumber} in '{production.Name}'");
        }

        var sceneIds = scenes.Select(s => s.Id).ToList();
        var shots = (await db.Shots.AsNoTracking().Where(s => sceneIds.Contains(s.SceneId) && !s.Omitted).ToListAsync(cancellationToken))
            .OrderBy(s => scenes.FindIndex(sc => sc.Id == s.SceneId)).ThenBy(s => s.Ordinal)
            .ToList();
        if (selection.Shot is { } shotRef)
        {
            shots = [.. shots.Where(s => string.Equals(s.Code, shotRef, StringComparison.OrdinalIgnoreCase) || s.Id.ToString() == shotRef)];
            if (shots.Count == 0)
                throw StudioException.NotFound($"shot {shotRef} in '{production.Name}'");
        }

        var shotIds = shots.Select(s => s.Id).ToList();
        var takes = await db.Takes.Where(t => shotIds.Contains(t.ShotId)).ToListAsync(cancellationToken);
        var result = new List<QueuedTake>();
        var fresh = new List<(Take Take, string Queue)>();
        foreach (var shot in shots)
        {
            var scene = scenes.First(s => s.Id == shot.SceneId);
            var chain = new[]
            {
                new SheetLayer(SheetLevel.Production, production.Sheet),
                new SheetLayer(SheetLevel.Scene, scene.Sheet),
                new SheetLayer(SheetLevel.Shot, shot.Sheet),
            };
            var engineId = ControlSheetResolver.Resolve(chain)[KnobNames.Engine]?.Text;
            IFrameEngine engine;
            try
            {
                engine = engines.Pick(EngineCapabilities.Still, engineId, production.DataPolicy);
            }
            catch (EngineException e)
            {
                // Named and registered, but not allowed: the policy refused it, and that is on the record.
                if (!string.IsNullOrEmpty(engineId) && engines.Find(engineId) is { } refused && PolicyService.Refusal(refused, production.DataPolicy) is { } reason)
                {
                    await policies.RecordRefusalAsync(production.Id, selection.Actor, refused, production.DataPolicy, [shot.Id.ToString()], $"shot {shot.Code}: {reason}", cancellationToken);
                    throw new StudioException(StudioErrorKind.Refused, $"shot {shot.Code}: {reason}", e);
                }

                throw new StudioException(StudioErrorKind.Refused, $"shot {shot.Code}: {e.Message}", e);
            }

            var overrides = ParseOverrides(engine.Descriptor, selection.Overrides, shot);
            var seed = DefaultSeed(shot);
            var layers = chain.Prepend(new SheetLayer(SheetLevel.Engine, engine.Descriptor.DefaultSheet()))
                .Append(new SheetLayer(SheetLevel.Take, overrides))
                .ToList();
            var resolved = ControlSheetResolver.Resolve(layers);
            if (resolved.Number(KnobNames.Seed, 0) == 0)
            {
                layers[^1] = new SheetLayer(SheetLevel.Take, overrides.Set(KnobNames.Seed, seed));
                resolved = ControlSheetResolver.Resolve(layers);
            }

            // A lock above wins over values stored on lower sheets (the planner's lens, the script's time of day);
            // only what this render asks for itself is refused when it collides with a lock.
            var errors = engine.Descriptor.Parameters
                .Select(p => resolved[p.Name] is { } value ? p.Validate(value) : null)
                .OfType<string>()
                .Concat(resolved.Conflicts.Where(c => c.AttemptedAt == SheetLevel.Take).Select(c => c.ToString()))
                .ToList();
            if (errors.Count > 0)
                throw new StudioException(StudioErrorKind.Invalid, $"shot {shot.Code}: {string.Join("; ", errors)}");

            var same = takes.Where(t => t.ShotId == shot.Id && t.SheetHash == resolved.Hash && t.EngineId == engine.Descriptor.Id
                    && t.EngineVersion == engine.Descriptor.Version && t.Status is TakeStatus.Completed or TakeStatus.Queued or TakeStatus.Running)
                .OrderByDescending(t => t.Number)
                .FirstOrDefault();
            if (same is not null && !selection.Force)
            {
                result.Add(new QueuedTake(shot.Id, shot.Code, same.Id, same.Number, same.SheetHash, Reused: true));
                continue;
            }

            var take = new Take
            {
                ProductionId = production.Id,
                ShotId = shot.Id,
                Number = 1 + takes.Where(t => t.ShotId == shot.Id).Select(t => t.Number).DefaultIfEmpty(0).Max(),
                EngineId = engine.Descriptor.Id,
                EngineVersion = engine.Descriptor.Version,
                Seed = (long)resolved.Number(KnobNames.Seed, seed),
                ResolvedSheetJson = resolved.CanonicalJson,
                SheetHash = resolved.Hash,
            };
            db.Takes.Add(take);
            takes.Add(take);
            fresh.Add((take, engine.Descriptor.Queue));
            result.Add(new QueuedTake(shot.Id, shot.Code, take.Id, take.Number, take.SheetHash, Reused: false));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e)
        {
            // Two renders of the same shot queued at the same moment both picked the next take number.
            throw new StudioException(StudioErrorKind.Conflict, "another render of these shots was queued at the same moment; run it again", e);
        }

        foreach (var (take, queue) in fresh)
            jobs.Enqueue(take.Id, queue);
        return new RenderPlan(production.Id, result);
    }

    private static ControlSheet ParseOverrides(EngineDescriptor engine, IReadOnlyDictionary<string, string> overrides, Shot shot)
    {
        var sheet = ControlSheet.Empty;
        foreach (var (name, text) in overrides)
        {
            var parameter = engine.Parameter(name) ?? throw new StudioException(
                StudioErrorKind.Invalid,
                $"engine '{engine.Id}' has no knob '{name}' (knobs: {string.Join(", ", engine.Parameters.Select(p => p.Name))})");
            try
            {
                sheet = sheet.Set(name, parameter.Parse(text));
            }
            catch (FormatException e)
            {
                throw new StudioException(StudioErrorKind.Invalid, $"shot {shot.Code}: {e.Message}", e);
            }
        }

        return sheet;
    }

    /// <summary>A seed that stays the same for a shot, so an unchanged shot renders the same take.</summary>
    public static long DefaultSeed(Shot shot)
    {
        ArgumentNullException.ThrowIfNull(shot);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(shot.Id.ToString()));
        return 1 + (BitConverter.ToUInt32(hash, 0) % int.MaxValue);
    }
}
