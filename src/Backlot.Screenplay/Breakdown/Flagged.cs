namespace Backlot.Screenplay.Breakdown;

/// <summary>A classified run: a person when <paramref name="Category"/> is null, else an element.</summary>
internal sealed record Flagged(string Name, ElementCategory? Category);
