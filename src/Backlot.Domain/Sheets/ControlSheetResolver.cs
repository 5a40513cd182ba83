using System.Collections.Immutable;

namespace Backlot.Domain.Sheets;

/// <summary>
/// Applies sheets from the most general level to the most specific: a lower level overrides a value
/// unless a level above locked the knob; such an attempt is kept as a conflict, never applied.
/// </summary>
public static class ControlSheetResolver
{
    public static ResolvedControlSheet Resolve(IEnumerable<SheetLayer> layers)
    {
        ArgumentNullException.ThrowIfNull(layers);
        var knobs = ImmutableSortedDictionary.CreateBuilder<string, ResolvedKnob>(StringComparer.Ordinal);
        var conflicts = ImmutableArray.CreateBuilder<KnobConflict>();
        foreach (var layer in layers.OrderBy(l => l.Level))
        {
            foreach (var (name, setting) in layer.Sheet.Knobs)
            {
                if (knobs.TryGetValue(name, out var current) && current.LockedAt is { } lockedAt && lockedAt < layer.Level)
                {
                    if (current.Value != setting.Value)
                        conflicts.Add(new KnobConflict(name, lockedAt, layer.Level, setting.Value));
                    continue;
                }

                knobs[name] = new ResolvedKnob(setting.Value, layer.Level, setting.Locked ? layer.Level : null);
            }
        }

        return new ResolvedControlSheet(knobs.ToImmutable(), conflicts.ToImmutable());
    }

    public static ResolvedControlSheet Resolve(params SheetLayer[] layers) => Resolve((IEnumerable<SheetLayer>)layers);
}
