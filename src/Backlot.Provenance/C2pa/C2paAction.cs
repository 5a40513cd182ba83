namespace Backlot.Provenance.C2pa;

/// <summary>One entry of the <c>c2pa.actions.v2</c> assertion.</summary>
/// <param name="Action">The action name, e.g. <see cref="C2paActionNames.Created"/>. The first action must be created or opened.</param>
/// <param name="SourceType">The digital source type (required by C2PA 2.x for <c>c2pa.created</c>).</param>
/// <param name="SoftwareAgent">The software that acted (an engine name and version).</param>
/// <param name="When">When the action happened.</param>
/// <param name="Ingredients">Indexes into the manifest's ingredient list that this action used
/// (<c>c2pa.opened</c> and <c>c2pa.placed</c> must name at least one).</param>
public sealed record C2paAction(
    string Action,
    DigitalSourceType? SourceType = null,
    string? SoftwareAgent = null,
    DateTimeOffset? When = null,
    IReadOnlyList<int>? Ingredients = null);
