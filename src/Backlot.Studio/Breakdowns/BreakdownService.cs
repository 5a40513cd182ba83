using Backlot.Data;
using Backlot.Data.Blobs;
using Backlot.Interchange.Csv;
using Backlot.Screenplay;
using Backlot.Screenplay.Breakdown;
using Backlot.Screenplay.Pages;
using Backlot.Studio.Auth;
using Microsoft.EntityFrameworkCore;

namespace Backlot.Studio.Breakdowns;

/// <summary>
/// A screenplay's breakdown: the page measure (US Letter) and the scene breakdown together, from a parsed file
/// or from a production's latest draft (re-read from its stored source, so it always matches what was imported).
/// </summary>
public sealed class BreakdownService(IDbContextFactory<BacklotDbContext> contexts, IBlobStore blobs)
{
    public static BreakdownReport Analyse(ParsedScript script)
    {
        ArgumentNullException.ThrowIfNull(script);
        var pages = PageMeasure.Measure(script);
        return ScriptBreakdown.Build(script, new ScriptPages(pages.Pages, [.. pages.Scenes.Select(s => s.Eighths)]));
    }

    public async Task<BreakdownReport> ForProductionAsync(AccessScope scope, Guid productionId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!scope.CanSee(productionId))
            throw StudioException.NotFound($"production {productionId}");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var draft = await db.ScriptDrafts.AsNoTracking().Where(d => d.ProductionId == productionId)
            .OrderByDescending(d => d.DraftNumber).FirstOrDefaultAsync(cancellationToken)
            ?? throw StudioException.NotFound($"a script draft of production {productionId}");
        var source = await blobs.ReadAllBytesAsync(draft.SourceSha256, cancellationToken)
            ?? throw StudioException.NotFound($"the source of draft {draft.DraftNumber}");
        return Analyse(ScriptParser.Parse(draft.FileName, source));
    }

    /// <summary>A breakdown-sheet row in the layout production software imports.</summary>
public static BreakdownRow Row(SceneBreakdown scene)
{
    var notes = new List<string>();
    if (scene.Periods.Count > 0)
        notes.Add($"Period: {string.Join(", ", scene.Periods)}");
    if (scene.ElementsOf(ElementCategory.Sound) is { Count: > 0 } sounds)
        notes.Add($"Sound: {string.Join(", ", sounds)}");
    return new BreakdownRow(
        scene.Number, scene.IntExt, scene.Location, scene.TimeOfDay, scene.Eighths ?? 0, scene.Synopsis,
        Cast: scene.SpeakingCast,
        Extras: scene.NonSpeakingCast,
        Props: scene.ElementsOf(ElementCategory.Prop),
        Vehicles: scene.ElementsOf(ElementCategory.Vehicle),
        SpecialEffects: scene.ElementsOf(ElementCategory.Effect),
        Notes: notes.Count > 0 ? string.Join("; ", notes) : null);
}
}
