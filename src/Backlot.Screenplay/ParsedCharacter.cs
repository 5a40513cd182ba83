namespace Backlot.Screenplay;

/// <summary>A speaking character of a script.</summary>
/// <param name="Name">Canonical name ("EDWARD" for "EDWARD (V.O.)").</param>
/// <param name="DialogueCount">Number of dialogue blocks, that is of character cues.</param>
/// <param name="Scenes">Numbers of the scenes the character speaks in, in script order, each once.</param>
public sealed record ParsedCharacter(string Name, int DialogueCount, IReadOnlyList<string> Scenes);
