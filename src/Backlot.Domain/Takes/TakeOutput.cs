namespace Backlot.Domain.Takes;

/// <summary>One file a take produced: its role ("beauty", "depth", …) and the asset that holds it.</summary>
public sealed record TakeOutput(string Role, string AssetSha256, string MediaType);
