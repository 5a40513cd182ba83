namespace Backlot.Screenplay.Breakdown;

/// <summary>A location of the script and where it is used: one row of the location list.</summary>
/// <param name="Location">Normalised location.</param>
/// <param name="IntExt">The INT/EXT values it is shot with, in order of first use ("" for a heading without one).</param>
/// <param name="Scenes">Numbers of the scenes set there, in script order.</param>
public sealed record BreakdownLocation(string Location, IReadOnlyList<string> IntExt, IReadOnlyList<string> Scenes);
