namespace Backlot.Provenance.C2pa;

/// <summary>What a signed manifest says about an image: who made it, how, from what, and what others may not do with it.</summary>
/// <param name="Title">The asset's title (<c>dc:title</c>), e.g. its file name.</param>
/// <param name="GeneratorName">The claim generator's name, e.g. <c>Backlot</c>.</param>
/// <param name="GeneratorVersion">The claim generator's version.</param>
/// <param name="Actions">The actions, first <c>c2pa.created</c> or <c>c2pa.opened</c>.</param>
public sealed record C2paManifestDefinition(string Title, string GeneratorName, string GeneratorVersion, IReadOnlyList<C2paAction> Actions)
{
    /// <summary>Reference images, plates and parent takes.</summary>
    public IReadOnlyList<C2paIngredient> Ingredients { get; init; } = [];

    /// <summary>The Backlot take assertion, when the image is a take.</summary>
    public BacklotTake? Take { get; init; }

    /// <summary>Whether to add <c>cawg.training-mining</c> with every entry <c>notAllowed</c> (the default, and the studio's policy).</summary>
    public bool ForbidTrainingAndMining { get; init; } = true;
}
