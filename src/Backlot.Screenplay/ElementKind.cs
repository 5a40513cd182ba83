namespace Backlot.Screenplay;

/// <summary>What a paragraph of a screenplay is.</summary>
public enum ElementKind
{
    Action,
    Character,
    Dialogue,
    Parenthetical,
    Transition,

    /// <summary>Everything the first cut does not model yet: centred text, lyrics, sections, synopses, page breaks.</summary>
    Other,
}
