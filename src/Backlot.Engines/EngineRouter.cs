using Backlot.Domain.Productions;

namespace Backlot.Engines;

/// <summary>
/// Knows the registered engines and picks one for a job: by id when the sheet names one, else the first
/// that has the capability. Refuses engines whose data handling the production does not allow.
/// </summary>
public sealed class EngineRouter
{
    private readonly IReadOnlyList<IFrameEngine> _engines;

    public EngineRouter(IEnumerable<IFrameEngine> engines)
    {
        _engines = [.. engines];
        var duplicate = _engines.GroupBy(e => e.Descriptor.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException($"two engines are registered with the id '{duplicate.Key}'", nameof(engines));
    }

    public IReadOnlyList<IFrameEngine> Engines => _engines;

    public IFrameEngine? Find(string id) => _engines.FirstOrDefault(e => e.Descriptor.Id == id);

    public IFrameEngine Pick(string capability, string? engineId, DataPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        IFrameEngine engine;
        if (!string.IsNullOrEmpty(engineId))
        {
            engine = Find(engineId) ?? throw new EngineException(
                $"no engine '{engineId}' is registered (registered: {string.Join(", ", _engines.Select(e => e.Descriptor.Id))})");
            if (!engine.Descriptor.Has(capability))
                throw new EngineException($"engine '{engineId}' cannot make '{capability}'");
        }
        else
        {
            engine = _engines.FirstOrDefault(e => e.Descriptor.Has(capability) && policy.Allows(e.Descriptor.DataHandling))
                ?? throw new EngineException($"no registered engine that this production allows can make '{capability}'");
        }

        if (!policy.Allows(engine.Descriptor.DataHandling))
            throw new EngineException(
                $"engine '{engine.Descriptor.Id}' handles data as {engine.Descriptor.DataHandling}, which this production's policy does not allow ({policy.Allowed})");
        return engine;
    }
}
