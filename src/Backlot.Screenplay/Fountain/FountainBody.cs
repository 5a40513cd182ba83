namespace Backlot.Screenplay.Fountain;

/// <summary>What <see cref="FountainBodyReader"/> found: elements before the first heading, and the scenes.</summary>
internal sealed record FountainBody(IReadOnlyList<ScriptElement> Prelude, IReadOnlyList<ParsedScene> Scenes);
