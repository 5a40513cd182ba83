using Backlot.Domain.Productions;
using Backlot.Domain.Sheets;

namespace Backlot.Engines;

/// <summary>What an engine is, what it can do, which knobs it reads and how it treats a studio's data.</summary>
public sealed record EngineDescriptor(
    string Id,
    string Version,
    string DisplayName,
    IReadOnlyList<string> Capabilities,
    IReadOnlyList<EngineParameter> Parameters,
    DataHandling DataHandling)
{
    /// <summary>Estimated cost of one frame in US dollars; 0 for local engines.</summary>
    public decimal CostPerFrameUsd { get; init; }

    /// <summary>
    /// Whether the engine draws with a model trained on sampled content (a generative model). Its frames are then
    /// labelled <c>trainedAlgorithmicMedia</c> in their content credentials; procedural engines (previs) are <c>algorithmicMedia</c>.
    /// </summary>
    public bool UsesTrainedModel { get; init; }

    /// <summary>The job queue its work goes to: render, gpu or remote.</summary>
    public string Queue { get; init; } = "render";

    public bool Has(string capability) => Capabilities.Contains(capability, StringComparer.Ordinal);

    public EngineParameter? Parameter(string name) => Parameters.FirstOrDefault(p => p.Name == name);

    /// <summary>The engine's defaults as the first layer of the inheritance chain.</summary>
    public ControlSheet DefaultSheet() =>
        Parameters.Aggregate(ControlSheet.Empty, (sheet, p) => sheet.Set(p.Name, p.Default));

    /// <summary>Every problem with a resolved sheet's values, each naming the knob; empty when it is fine.</summary>
    public IReadOnlyList<string> Validate(ResolvedControlSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var errors = new List<string>();
        foreach (var p in Parameters)
        {
            if (sheet[p.Name] is { } value && p.Validate(value) is { } error)
                errors.Add(error);
        }

        errors.AddRange(sheet.Conflicts.Select(c => c.ToString()));
        return errors;
    }
}
