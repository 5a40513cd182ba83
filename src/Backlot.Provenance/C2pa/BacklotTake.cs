namespace Backlot.Provenance.C2pa;

/// <summary>The custom <c>com.backlot.take</c> assertion: which take of which shot produced the image, and with what.</summary>
/// <param name="Production">The production's name or id.</param>
/// <param name="Shot">The shot id, e.g. <c>12A-3</c>.</param>
/// <param name="Take">The take number within the shot.</param>
/// <param name="EngineId">The engine that drew it.</param>
/// <param name="EngineVersion">The engine's version.</param>
/// <param name="ControlSheetSha256">Hex SHA-256 of the fully resolved control sheet, so the take can be reproduced.</param>
public sealed record BacklotTake(string Production, string Shot, int Take, string EngineId, string EngineVersion, string ControlSheetSha256)
{
    /// <summary>The assertion label.</summary>
    public const string Label = "com.backlot.take";
}
