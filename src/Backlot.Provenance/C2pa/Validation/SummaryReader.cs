using Backlot.Provenance.C2pa.Cbor;
using Backlot.Provenance.C2pa.Jumbf;

namespace Backlot.Provenance.C2pa.Validation;

/// <summary>Pulls the readable parts out of CBOR assertions: actions, ingredients, training and mining, the Backlot take.</summary>
internal static class SummaryReader
{
    public static Dictionary<string, object?>? Cbor(JumbfBox box)
    {
        var content = box.Content(JumbfTypes.Cbor);
        return content is null ? null : CborTree.Decode(content.Value, box.Label ?? "assertion") as Dictionary<string, object?>;
    }

    public static C2paManifestSummary Fill(C2paManifestSummary summary, IReadOnlyList<JumbfBox> assertions)
    {
        var actions = new List<C2paActionSummary>();
        var ingredients = new List<C2paIngredientSummary>();
        var training = new Dictionary<string, string>(StringComparer.Ordinal);
        BacklotTake? take = null;
        foreach (var box in assertions)
        {
            var label = BaseLabel(box.Label ?? "");
            if (label is not ("c2pa.actions" or "c2pa.actions.v2" or "cawg.training-mining" or "c2pa.training-mining" or BacklotTake.Label)
                && !label.StartsWith("c2pa.ingredient", StringComparison.Ordinal))
                continue;
            if (Cbor(box) is not { } map)
                continue;
            switch (label)
            {
                case "c2pa.actions" or "c2pa.actions.v2":
                    foreach (var item in map.List("actions").OfType<Dictionary<string, object?>>())
                        actions.Add(new C2paActionSummary(item.Text("action") ?? "?", item.Text("digitalSourceType"), Agent(item), item.Text("when")));
                    break;
                case "cawg.training-mining" or "c2pa.training-mining":
                    foreach (var (entry, value) in map.Map("entries") ?? [])
                        training[entry] = (value as Dictionary<string, object?>)?.Text("use") ?? "?";
                    break;
                case BacklotTake.Label:
                    take = new BacklotTake(map.Text("production") ?? "", map.Text("shot") ?? "",
                        map.GetValueOrDefault("take") is long n && n is >= int.MinValue and <= int.MaxValue ? (int)n : 0,
                        map.Text("engine") ?? "", map.Text("engineVersion") ?? "", map.Text("controlSheetHash") ?? "");
                    break;
                default:
                    ingredients.Add(new C2paIngredientSummary(map.Text("dc:title") ?? map.Text("title"), map.Text("dc:format"),
                        map.Text("relationship"), map.Text("instanceID"), map.Text("description")));
                    break;
            }
        }
        return summary with
        {
            AssertionLabels = assertions.Select(a => a.Label ?? "").ToList(),
            Actions = actions,
            Ingredients = ingredients,
            TrainingMining = training,
            Take = take,
        };
    }

    public static string? Generator(Dictionary<string, object?> claim)
    {
        if (claim.Text("claim_generator") is { } v1)
            return v1;
        var info = claim.GetValueOrDefault("claim_generator_info") switch
        {
            Dictionary<string, object?> one => [one],
            List<object?> many => many.OfType<Dictionary<string, object?>>().ToList(),
            _ => [],
        };
        var names = info.Select(i => string.Join(' ', new[] { i.Text("name"), i.Text("version") }.Where(s => s is not null)));
        return info.Count == 0 ? null : string.Join(", ", names);
    }

    /// <summary>A label without its instance suffix (<c>c2pa.ingredient.v3__1</c> → <c>c2pa.ingredient.v3</c>).</summary>
    public static string BaseLabel(string label)
    {
        var at = label.IndexOf("__", StringComparison.Ordinal);
        return at < 0 ? label : label[..at];
    }

    private static string? Agent(Dictionary<string, object?> action) => action.GetValueOrDefault("softwareAgent") switch
    {
        string name => name,
        Dictionary<string, object?> info => string.Join(' ', new[] { info.Text("name"), info.Text("version") }.Where(s => s is not null)),
        _ => null,
    } is { Length: > 0 } agent ? agent : null;
}
