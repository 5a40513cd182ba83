using Backlot.Studio.Characters;
using Backlot.Studio.Renders;
using Backlot.Studio.Scripts;

namespace Backlot.Studio.Demo;

/// <summary>
/// The demo's work: import the sample screenplay with its character bibles (again only if it changed),
/// plan its shots and queue a take for every shot that has no identical one.
/// </summary>
public sealed class DemoRunner(ScriptImporter importer, TakeScheduler scheduler)
{
    public async Task<(ImportResult Import, RenderPlan Plan)> PrepareAsync(CancellationToken cancellationToken = default)
    {
        var bibles = CharacterBibleFile.Read(SampleProduction.Bibles());
        var import = await importer.ImportAsync(SampleProduction.ScriptFileName, SampleProduction.Script(), null, bibles, cancellationToken);
        var plan = await scheduler.QueueAsync(new RenderSelection(import.ProductionId.ToString()), cancellationToken);
        return (import, plan);
    }
}
