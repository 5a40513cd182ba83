namespace Backlot.Domain.Characters;

/// <summary>
/// A wardrobe set valid for a range of scenes (by scene ordinal, inclusive; null = open ended).
/// Colours are sRGB hex strings such as "#3a5f8c".
/// </summary>
public sealed record Look(
    string Name,
    string Top,
    string Bottom,
    string Shoes,
    string Skin,
    string Hair,
    int? FromScene = null,
    int? ToScene = null)
{
    public bool AppliesTo(int sceneOrdinal) =>
        (FromScene is null || sceneOrdinal >= FromScene) && (ToScene is null || sceneOrdinal <= ToScene);
}
