using Backlot.Data;
using Backlot.Domain.Scenes;
using Backlot.Domain.Shots;
using Backlot.Domain.Sheets;
using Backlot.Screenplay;
using Backlot.Screenplay.ShotPlanning;
using Backlot.Studio.Scripts;

namespace Backlot.Studio.Shots;

/// <summary>Turns the planner's coverage into shots with their knobs on the shot's sheet.</summary>
public static class ShotPlanningService
{
    /// <summary>Adds planned shots for new scenes to the context (not saved); returns how many.</summary>
    public static int AddPlannedShots(BacklotDbContext db, IEnumerable<(Scene Scene, ScenePlan Plan)> scenes)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scenes);
        var count = 0;
        foreach (var (scene, plan) in scenes)
        {
            foreach (var planned in Recode(scene, plan))
            {
                db.Shots.Add(ToShot(scene, planned));
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// Brings the plan of a scene whose text changed up to date, in the context (not saved). A shot that a person
    /// edited, that has a locked knob or that has takes is kept as it is, id included; every other shot is removed
    /// and the new plan's shots take its place, except where a kept shot already covers a planned one (the same
    /// characters and size, else the same characters). A kept shot the new plan does not cover stays, after the kept
    /// shot that came before it. New shots take free codes; kept shots keep theirs.
    /// </summary>
    /// <param name="shots">The scene's shots.</param>
    /// <param name="shotsWithTakes">Ids of the shots, among them, that have at least one take.</param>
    public static ReplanResult Replan(
        BacklotDbContext db, Scene scene, ScenePlan plan, IReadOnlyList<Shot> shots, IReadOnlySet<Guid> shotsWithTakes)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scene);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(shots);
        ArgumentNullException.ThrowIfNull(shotsWithTakes);
        var kept = shots.Where(s => IsKeptOnReplan(s, shotsWithTakes)).OrderBy(s => s.Ordinal).ToList();
        var removed = shots.Except(kept).ToList();
        db.Shots.RemoveRange(removed);

        var planned = Recode(scene, plan);
        var free = new List<Shot>(kept);
        var slots = new Shot?[planned.Count];
        Fill((k, p) => SameCharacters(k, p) && k.Size == p.Size && SameFraming(k, p) && SameSubject(k, p));
        Fill((k, p) => SameCharacters(k, p) && SameFraming(k, p) && SameSubject(k, p));
        Fill((k, p) => SameCharacters(k, p) && SameFraming(k, p));
        Fill(SameCharacters);

        var sequence = new List<Shot>();
        var added = new List<Shot>();
        for (var i = 0; i < planned.Count; i++)
        {
            if (slots[i] is { } covering)
            {
                sequence.Add(covering);
                continue;
            }

            var shot = ToShot(scene, planned[i]);
            added.Add(shot);
            sequence.Add(shot);
        }

        foreach (var orphan in free)
        {
            var before = sequence.Where(s => kept.Contains(s) && s.Ordinal < orphan.Ordinal).MaxBy(s => s.Ordinal);
            sequence.Insert(before is null ? 0 : sequence.IndexOf(before) + 1, orphan);
        }

        // Kept shots take the places the plan gives them, but in the order people left them among themselves.
        var places = sequence.Select((s, i) => (s, i)).Where(x => kept.Contains(x.s)).Select(x => x.i).ToList();
        var keptInOrder = kept.OrderBy(s => s.Ordinal).ToList();
        for (var i = 0; i < places.Count; i++)
            sequence[places[i]] = keptInOrder[i];

        var codes = new HashSet<string>(kept.Select(s => s.Code), StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < sequence.Count; i++)
        {
            var shot = sequence[i];
            shot.Ordinal = i + 1;
            if (!added.Contains(shot))
                continue;
            var n = i + 1;
            while (codes.Contains(scene.Number + SceneNumbering.Letters(n)))
                n++;
            shot.Code = scene.Number + SceneNumbering.Letters(n);
            codes.Add(shot.Code);
            db.Shots.Add(shot);
        }

        return new ReplanResult(added.Count, removed.Count, kept.Count);

        void Fill(Func<Shot, PlannedShot, bool> covers)
        {
            for (var i = 0; i < planned.Count; i++)
            {
                if (slots[i] is not null || free.FirstOrDefault(k => covers(k, planned[i])) is not { } shot)
                    continue;
                slots[i] = shot;
                free.Remove(shot);
            }
        }
    }

    /// <summary>Re-planning leaves a shot alone when a person edited it, locked one of its knobs, or rendered it.</summary>
    public static bool IsKeptOnReplan(Shot shot, IReadOnlySet<Guid> shotsWithTakes)
    {
        ArgumentNullException.ThrowIfNull(shot);
        ArgumentNullException.ThrowIfNull(shotsWithTakes);
        return shot.EditedByUser || shot.Sheet.Knobs.Values.Any(k => k.Locked) || shotsWithTakes.Contains(shot.Id);
    }

    public static Shot ToShot(Scene scene, PlannedShot planned)
    {
        ArgumentNullException.ThrowIfNull(scene);
        ArgumentNullException.ThrowIfNull(planned);
        return new Shot
        {
            ProductionId = scene.ProductionId,
            SceneId = scene.Id,
            Code = planned.Code,
            Ordinal = planned.Ordinal,
            Description = planned.Description,
            Characters = [.. planned.Characters],
            EstimatedSeconds = planned.EstimatedSeconds,
            FirstLine = planned.FirstLine > 0 ? planned.FirstLine : null,
            LastLine = planned.LastLine > 0 ? planned.LastLine : null,
            Sheet = Knobs(ControlSheet.Empty, planned),
        };
    }

    /// <summary>The planner's size, angle, lens, framing and subject as knobs on <paramref name="sheet"/>.</summary>
    public static ControlSheet Knobs(ControlSheet sheet, PlannedShot planned)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(planned);
        sheet = sheet
            .Set(KnobNames.Size, planned.Size.ToString())
            .Set(KnobNames.Angle, planned.Angle)
            .Set(KnobNames.Lens, planned.LensMm)
            .Set(KnobNames.Framing, ShotFramings.Name(planned.Framing));
        return planned.Subject is { } subject ? sheet.Set(KnobNames.Subject, subject) : sheet;
    }

    /// <summary>The planner's shots, coded from the scene's number as Backlot keeps it (a kept draft number may differ from the script's).</summary>
    private static List<PlannedShot> Recode(Scene scene, ScenePlan plan) =>
        [.. plan.Shots.Select(p => p with { Code = scene.Number + SceneNumbering.Letters(p.Ordinal) })];

    private static bool SameSubject(Shot shot, PlannedShot planned) =>
        string.Equals(shot.Sheet.Get(KnobNames.Subject)?.Text, planned.Subject, StringComparison.Ordinal);

    private static bool SameFraming(Shot shot, PlannedShot planned) =>
        string.Equals(shot.Framing, ShotFramings.Name(planned.Framing), StringComparison.OrdinalIgnoreCase);

    private static bool SameCharacters(Shot shot, PlannedShot planned) =>
        shot.Characters.Order(StringComparer.Ordinal).SequenceEqual(planned.Characters.Order(StringComparer.Ordinal), StringComparer.Ordinal);
}
