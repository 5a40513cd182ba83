using Backlot.Data;
using Backlot.Domain.Scenes;
using Backlot.Domain.Shots;
using Backlot.Domain.Sheets;
using Backlot.Screenplay;
using Backlot.Screenplay.ShotPlanning;

namespace Backlot.Studio.Shots;

/// <summary>Turns the planner's coverage into shots with their knobs on the shot's sheet.</summary>
public static class ShotPlanningService
{
    /// <summary>Adds planned shots for new scenes to the context (not saved); returns how many.</summary>
    public static int AddPlannedShots(BacklotDbContext db, IEnumerable<(Scene Scene, ParsedScene Parsed)> scenes)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scenes);
        var count = 0;
        foreach (var (scene, parsed) in scenes)
        {
            foreach (var planned in ShotPlanner.Plan(parsed))
            {
                db.Shots.Add(ToShot(scene, planned));
                count++;
            }
        }

        return count;
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
            Sheet = ControlSheet.Empty
                .Set(KnobNames.Size, planned.Size.ToString())
                .Set(KnobNames.Angle, planned.Angle)
                .Set(KnobNames.Lens, planned.LensMm),
        };
    }
}
