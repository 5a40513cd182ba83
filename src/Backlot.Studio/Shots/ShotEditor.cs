using Backlot.Data;
using Backlot.Data.Blobs;
using Backlot.Domain.Shots;
using Backlot.Domain.Sheets;
using Backlot.Screenplay;
using Backlot.Screenplay.ShotPlanning;
using Backlot.Studio.Auth;
using Backlot.Studio.Scripts;
using Microsoft.EntityFrameworkCore;

namespace Backlot.Studio.Shots;

/// <summary>
/// A person's edits to the shot plan: change a shot, add one, move it, lock or unlock its knobs, omit or restore it,
/// and re-plan scenes from the script. Every edit marks the shot as edited, so re-planning leaves it alone.
/// </summary>
public sealed class ShotEditor(IDbContextFactory<BacklotDbContext> contexts, StudioDatabase database, IBlobStore blobs)
{
    public const int MaxDescriptionLength = 2000;

    private static readonly string[] Angles = ["eye", "high", "low"];

    /// <summary>A shot's id from its production and code ("3B").</summary>
    public async Task<Guid> FindAsync(AccessScope scope, Guid productionId, string code, CancellationToken cancellationToken = default)
    {
        await using var db = await database.OpenProductionAsync(scope, productionId, cancellationToken);
        var scenes = await db.Scenes.Where(s => s.ProductionId == productionId && !s.Archived).Select(s => s.Id).ToListAsync(cancellationToken);
        var ids = (await db.Shots.Where(s => s.ProductionId == productionId && scenes.Contains(s.SceneId))
                .Select(s => new { s.Id, s.Code }).ToListAsync(cancellationToken))
            .Where(s => string.Equals(s.Code, code.Trim(), StringComparison.OrdinalIgnoreCase)).Select(s => s.Id).ToList();
        return ids.Count == 1 ? ids[0] : throw StudioException.NotFound($"shot {code}");
    }

    public async Task EditAsync(AccessScope scope, Guid shotId, ShotChanges changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var shot = await ShotAsync(db, scope, shotId, cancellationToken);
        await ApplyAsync(db, shot, changes, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Adds a shot to a scene, after <paramref name="afterCode"/> or at the end; it takes the first free code.</summary>
    public async Task<Guid> AddAsync(
        AccessScope scope, Guid productionId, string sceneNumber, ShotChanges shot, string? afterCode = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shot);
        await using var db = await database.OpenProductionAsync(scope, productionId, cancellationToken);
        // One transaction, so two people adding at once cannot both take the same free code.
        await using var tx = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken);
        var scene = (await db.Scenes.Where(s => s.ProductionId == productionId && !s.Archived).ToListAsync(cancellationToken))
            .SingleOrDefault(s => string.Equals(s.Number, sceneNumber.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw StudioException.NotFound($"scene {sceneNumber}");
        var shots = await db.Shots.Where(s => s.SceneId == scene.Id).OrderBy(s => s.Ordinal).ToListAsync(cancellationToken);
        var at = shots.Count;
        if (afterCode is { Length: > 0 })
        {
            var after = shots.FindIndex(s => string.Equals(s.Code, afterCode.Trim(), StringComparison.OrdinalIgnoreCase));
            at = after >= 0 ? after + 1 : throw StudioException.NotFound($"shot {afterCode} in scene {scene.Number}");
        }

        var codes = shots.Select(s => s.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var n = shots.Count + 1;
        while (codes.Contains(scene.Number + SceneNumbering.Letters(n)))
            n++;
        var added = new Shot
        {
            ProductionId = productionId,
            SceneId = scene.Id,
            Code = scene.Number + SceneNumbering.Letters(n),
            EditedByUser = true,
            Sheet = ControlSheet.Empty.Set(KnobNames.Size, nameof(ShotSize.MS)).Set(KnobNames.Angle, "eye")
                .Set(KnobNames.Lens, ShotPlanner.SingleLensMm).Set(KnobNames.Framing, ShotFramings.Name(ShotFraming.Single)),
            EstimatedSeconds = ShotPlanner.MinimumSingleSeconds,
        };
        await ApplyAsync(db, added, shot, cancellationToken);
        shots.Insert(at, added);
        Renumber(shots);
        db.Shots.Add(added);
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return added.Id;
    }

    /// <summary>Moves a shot to position <paramref name="ordinal"/> (from 1) in its scene; codes stay as they are.</summary>
    public async Task MoveAsync(AccessScope scope, Guid shotId, int ordinal, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var tx = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken);
        var shot = await ShotAsync(db, scope, shotId, cancellationToken);
        var shots = await db.Shots.Where(s => s.SceneId == shot.SceneId).OrderBy(s => s.Ordinal).ToListAsync(cancellationToken);
        if (ordinal < 1 || ordinal > shots.Count)
            throw new StudioException(StudioErrorKind.Invalid, $"position {ordinal} is outside scene's 1–{shots.Count}");
        shots.Remove(shot);
        shots.Insert(ordinal - 1, shot);
        Renumber(shots);
        shot.EditedByUser = true;
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
    }

    /// <summary>Locks (or unlocks) knobs of a shot; a locked knob cannot be overridden by a take, and re-planning keeps the shot.</summary>
    public async Task LockAsync(AccessScope scope, Guid shotId, IReadOnlyList<string> knobs, bool locked, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(knobs);
        if (knobs.Count == 0)
            throw new StudioException(StudioErrorKind.Invalid, "name at least one knob to lock or unlock");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var shot = await ShotAsync(db, scope, shotId, cancellationToken);
        var sheet = shot.Sheet;
        foreach (var knob in knobs)
        {
            if (!sheet.Knobs.ContainsKey(knob))
                throw new StudioException(StudioErrorKind.Invalid, $"shot {shot.Code} has no value for '{knob}' to {(locked ? "lock" : "unlock")}; set one first");
            sheet = sheet.Lock(knob, locked);
        }

        shot.Sheet = sheet;
        shot.EditedByUser = true;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Omits a shot from the plan (or restores it). Its code and takes stay; re-planning does not bring it back.</summary>
    public async Task OmitAsync(AccessScope scope, Guid shotId, bool omitted, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var shot = await ShotAsync(db, scope, shotId, cancellationToken);
        shot.Omitted = omitted;
        shot.EditedByUser = true;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Plans the production's scenes (or one) again from the current draft. Shots a person edited, locked, omitted
    /// or rendered stay as they are; the others give way to the new plan.
    /// </summary>
    public async Task<ReplanResult> ReplanAsync(AccessScope scope, Guid productionId, string? sceneNumber = null, CancellationToken cancellationToken = default)
    {
        await using var db = await database.OpenProductionAsync(scope, productionId, cancellationToken);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var scenes = await db.Scenes.Where(s => s.ProductionId == productionId && !s.Archived).OrderBy(s => s.Ordinal).ToListAsync(cancellationToken);
        if (sceneNumber is not null)
        {
            scenes = [.. scenes.Where(s => string.Equals(s.Number, sceneNumber.Trim(), StringComparison.OrdinalIgnoreCase))];
            if (scenes.Count == 0)
                throw StudioException.NotFound($"scene {sceneNumber}");
        }

        var total = new ReplanResult(0, 0, 0);
        foreach (var group in scenes.GroupBy(s => s.ScriptDraftId))
        {
            var plans = await PlansAsync(db, group.Key, cancellationToken);
            var sceneIds = group.Select(s => s.Id).ToList();
            var shots = await db.Shots.Where(s => sceneIds.Contains(s.SceneId)).ToListAsync(cancellationToken);
            var shotIds = shots.Select(s => s.Id).ToList();
            var withTakes = (await db.Takes.Where(t => shotIds.Contains(t.ShotId)).Select(t => t.ShotId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
            foreach (var scene in group)
            {
                var plan = plans.FirstOrDefault(p => p.Scene.Ordinal == scene.Ordinal && p.Scene.Heading == scene.Heading)
                    ?? throw new StudioException(StudioErrorKind.Conflict, $"scene {scene.Number} is not in the draft it came from; import the script again");
                var result = ShotPlanningService.Replan(db, scene, plan, [.. shots.Where(s => s.SceneId == scene.Id)], withTakes);
                total = new ReplanResult(total.Added + result.Added, total.Removed + result.Removed, total.Kept + result.Kept);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return total;
    }

    private async Task<IReadOnlyList<ScenePlan>> PlansAsync(BacklotDbContext db, Guid draftId, CancellationToken cancellationToken)
    {
        var draft = await db.ScriptDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.Id == draftId, cancellationToken)
            ?? throw new StudioException(StudioErrorKind.Conflict, $"script draft {draftId} is missing");
        var source = await blobs.ReadAllBytesAsync(draft.SourceSha256, cancellationToken)
            ?? throw new StudioException(StudioErrorKind.Conflict, $"draft {draft.DraftNumber}'s file ({draft.SourceSha256[..12]}…) is missing from the blob store");
        try
        {
            return ShotPlanner.PlanScript(ScriptParser.Parse(draft.FileName, source));
        }
        catch (ScriptFormatException e)
        {
            throw new StudioException(StudioErrorKind.Conflict, $"draft {draft.DraftNumber} can no longer be read: {e.Message}", e);
        }
    }

    private static async Task ApplyAsync(BacklotDbContext db, Shot shot, ShotChanges changes, CancellationToken cancellationToken)
    {
        var sheet = shot.Sheet;
        if (changes.Size is { } size)
        {
            sheet = SetKnob(shot, sheet, KnobNames.Size, Enum.TryParse<ShotSize>(size.Trim(), ignoreCase: true, out var s) && Enum.IsDefined(s)
                ? KnobValue.Of(s.ToString())
                : throw Invalid($"size '{size}' is not one of {string.Join(", ", Enum.GetNames<ShotSize>())}"));
        }

        if (changes.Framing is { } framing)
        {
            sheet = SetKnob(shot, sheet, KnobNames.Framing, ShotFramings.TryParse(framing, out var f)
                ? KnobValue.Of(ShotFramings.Name(f))
                : throw Invalid($"framing '{framing}' is not one of {string.Join(", ", ShotFramings.Names)}"));
        }

        if (changes.Angle is { } angle)
        {
            sheet = SetKnob(shot, sheet, KnobNames.Angle, Angles.FirstOrDefault(a => a.Equals(angle.Trim(), StringComparison.OrdinalIgnoreCase)) is { } a
                ? KnobValue.Of(a)
                : throw Invalid($"angle '{angle}' is not one of {string.Join(", ", Angles)}"));
        }

        if (changes.Lens is { } lens)
            sheet = SetKnob(shot, sheet, KnobNames.Lens, lens is >= 8 and <= 600 ? KnobValue.Of(lens) : throw Invalid($"lens {lens} mm is outside 8–600 mm"));

        var known = changes.Characters is not null || changes.Subject is { Length: > 0 }
            ? (await db.Characters.Where(c => c.ProductionId == shot.ProductionId).Select(c => c.Name).ToListAsync(cancellationToken))
            : [];
        if (changes.Characters is { } characters)
        {
            var names = characters.Select(c => c.Trim().ToUpperInvariant()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            if (names.FirstOrDefault(n => !known.Contains(n, StringComparer.Ordinal)) is { } unknown)
                throw Invalid($"no character named {unknown} in this production");
            shot.Characters = names;
        }

        if (changes.Subject is { } subject)
        {
            var name = subject.Trim().ToUpperInvariant();
            if (name.Length == 0)
            {
                sheet = sheet.Knobs.TryGetValue(KnobNames.Subject, out var k) && k.Locked
                    ? throw Invalid($"'{KnobNames.Subject}' is locked on shot {shot.Code}; unlock it first")
                    : sheet.Remove(KnobNames.Subject);
            }
            else
            {
                sheet = SetKnob(shot, sheet, KnobNames.Subject, known.Contains(name, StringComparer.Ordinal)
                    ? KnobValue.Of(name)
                    : throw Invalid($"no character named {name} in this production"));
            }
        }

        if (changes.Description is { } description)
        {
            shot.Description = description.Trim().Length <= MaxDescriptionLength
                ? description.Trim()
                : throw Invalid($"a description is at most {MaxDescriptionLength} characters; this one has {description.Trim().Length}");
        }

        if (changes.EstimatedSeconds is { } seconds)
            shot.EstimatedSeconds = seconds is > 0 and <= 3600 ? Math.Round(seconds, 1, MidpointRounding.AwayFromZero) : throw Invalid($"{seconds} s is outside 0–3600 s");

        shot.Sheet = sheet;
        shot.EditedByUser = true;
    }

    private static ControlSheet SetKnob(Shot shot, ControlSheet sheet, string knob, KnobValue value) =>
        sheet.Knobs.TryGetValue(knob, out var current) && current.Locked && !current.Value.Equals(value)
            ? throw Invalid($"'{knob}' is locked on shot {shot.Code}; unlock it first")
            : sheet.Set(knob, value, current?.Locked ?? false);

    private static StudioException Invalid(string message) => new(StudioErrorKind.Invalid, message);

    private static void Renumber(List<Shot> shots)
    {
        for (var i = 0; i < shots.Count; i++)
            shots[i].Ordinal = i + 1;
    }

    private async Task<Shot> ShotAsync(BacklotDbContext db, AccessScope scope, Guid shotId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await database.EnsureReadyAsync(cancellationToken);
        var shot = await db.Shots.SingleOrDefaultAsync(s => s.Id == shotId, cancellationToken);
        return shot is not null && scope.CanSee(shot.ProductionId) ? shot : throw StudioException.NotFound($"shot {shotId}");
    }
}
