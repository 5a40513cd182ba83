using System.Reflection;
using Backlot.Engines;
using Backlot.Provenance.C2pa;

namespace Backlot.Studio.Signing;

/// <summary>An image a take was made from: a reference from a character bible, or the take it was re-rendered from.</summary>
public sealed record TakeIngredient(string Title, string MediaType, string Sha256, string Description);

/// <summary>What a take's frame says about itself in its content credentials.</summary>
public sealed record TakeFacts(
    string FileName,
    string Production,
    string ShotCode,
    int TakeNumber,
    string EngineId,
    string EngineVersion,
    string SheetHash,
    DateTimeOffset? CompletedAt)
{
    /// <summary>The engine's description when it is registered here; null for an engine this build does not know.</summary>
    public EngineDescriptor? Engine { get; init; }

    /// <summary>The take this one was re-rendered from (its frame), if any.</summary>
    public TakeIngredient? Parent { get; init; }

    public IReadOnlyList<TakeIngredient> References { get; init; } = [];
}

/// <summary>Builds the C2PA manifest of a take's frame: how it was made, from what, by which engine, and that it may not be used for AI training or mining.</summary>
public static class TakeManifest
{
    public const string GeneratorName = "Backlot";

    /// <summary>Backlot's version, as the claim generator names it.</summary>
    public static string GeneratorVersion { get; } =
        (typeof(TakeManifest).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    /// <summary>
    /// The IPTC source type: a compositing engine's frames are composites with generated elements, a generative engine's are
    /// trained-algorithmic media, a procedural one's (previs) algorithmic media. An engine this build does not know is
    /// taken for generative, the label that claims the least human authorship.
    /// </summary>
    public static DigitalSourceType SourceType(EngineDescriptor? engine) => engine switch
    {
        null => DigitalSourceType.TrainedAlgorithmicMedia,
        _ when engine.Has(EngineCapabilities.Composite) => DigitalSourceType.CompositeWithTrainedAlgorithmicMedia,
        { UsesTrainedModel: true } => DigitalSourceType.TrainedAlgorithmicMedia,
        _ => DigitalSourceType.AlgorithmicMedia,
    };

    public static C2paManifestDefinition For(TakeFacts take)
    {
        ArgumentNullException.ThrowIfNull(take);
        var ingredients = new List<C2paIngredient>();
        if (take.Parent is { } parent)
            ingredients.Add(Ingredient(parent, IngredientRelationship.ParentOf));
        var referenceIndexes = new List<int>();
        foreach (var reference in take.References)
        {
            referenceIndexes.Add(ingredients.Count);
            ingredients.Add(Ingredient(reference, IngredientRelationship.InputTo));
        }

        var agent = take.Engine is { } engine ? $"{engine.DisplayName} ({engine.Id} {engine.Version})" : $"{take.EngineId} {take.EngineVersion}";
        var made = new C2paAction(
            take.Parent is null ? C2paActionNames.Created : C2paActionNames.Edited,
            SourceType(take.Engine), agent, take.CompletedAt, referenceIndexes.Count > 0 ? referenceIndexes : null);
        IReadOnlyList<C2paAction> actions = take.Parent is null
            ? [made]
            : [new C2paAction(C2paActionNames.Opened, SoftwareAgent: $"{GeneratorName} {GeneratorVersion}", Ingredients: [0]), made];
        return new C2paManifestDefinition(take.FileName, GeneratorName, GeneratorVersion, actions)
        {
            Ingredients = ingredients,
            Take = new BacklotTake(take.Production, take.ShotCode, take.TakeNumber, take.EngineId, take.EngineVersion, take.SheetHash),
            ForbidTrainingAndMining = true,
        };
    }

    private static C2paIngredient Ingredient(TakeIngredient ingredient, IngredientRelationship relationship) =>
        new(ingredient.Title, ingredient.MediaType, Convert.FromHexString(ingredient.Sha256), relationship, ingredient.Description);
}
