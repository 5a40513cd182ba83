namespace Backlot.Screenplay.Breakdown;

/// <summary>A prop, vehicle, sound or effect flagged in capitals in a scene's action.</summary>
/// <param name="Name">The words as flagged, upper case, spaces collapsed ("BUICK", "FILM CAN").</param>
/// <param name="Category">A guess from small keyword lists; a person on set can correct it.</param>
/// <param name="SourceLine">1-based line of the action paragraph it was first flagged in.</param>
public sealed record BreakdownElement(string Name, ElementCategory Category, int SourceLine);
