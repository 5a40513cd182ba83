namespace Backlot.Domain.Characters;

/// <summary>What every engine must keep of a character: references, proportions, palette and looks.</summary>
public sealed record CharacterBible
{
    /// <summary>Standing height in metres.</summary>
    public double HeightMetres { get; init; } = 1.75;

    public Build Build { get; init; } = Build.Average;

    /// <summary>SHA-256 of identity reference images (assets).</summary>
    public IReadOnlyList<string> IdentityReferences { get; init; } = [];

    /// <summary>Signature colours, sRGB hex.</summary>
    public IReadOnlyList<string> Palette { get; init; } = [];

    public IReadOnlyList<Look> Looks { get; init; } = [];

    /// <summary>The first look valid for the scene, else the first look, else null.</summary>
    public Look? LookFor(int sceneOrdinal) =>
        Looks.FirstOrDefault(l => l.AppliesTo(sceneOrdinal)) ?? (Looks.Count > 0 ? Looks[0] : null);
}
