namespace Backlot.Provenance.C2pa;

/// <summary>How an ingredient relates to the asset being signed.</summary>
public enum IngredientRelationship
{
    /// <summary>The asset was derived from it (a parent take that was edited).</summary>
    ParentOf,

    /// <summary>It is part of the asset (a plate composited in).</summary>
    ComponentOf,

    /// <summary>It was an input to the process (a reference image, a control map).</summary>
    InputTo,
}

/// <summary>An ingredient (<c>c2pa.ingredient.v3</c>): a reference image, plate or parent take, named by its content hash.</summary>
/// <param name="Title">A readable name, e.g. the file name.</param>
/// <param name="Format">Its media type, e.g. <c>image/png</c>.</param>
/// <param name="Sha256">The SHA-256 of its bytes (32 bytes); recorded as instance id <c>sha256:&lt;hex&gt;</c>, the asset's address.</param>
/// <param name="Relationship">How it relates to the signed asset.</param>
/// <param name="Description">Its role, e.g. <c>character reference</c>.</param>
public sealed record C2paIngredient(string Title, string Format, ReadOnlyMemory<byte> Sha256, IngredientRelationship Relationship, string? Description = null)
{
    internal string InstanceId => "sha256:" + Convert.ToHexStringLower(Sha256.Span);
}
