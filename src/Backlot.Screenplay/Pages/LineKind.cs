namespace Backlot.Screenplay.Pages;

/// <summary>What a printed line of a screenplay page is.</summary>
public enum LineKind
{
    Blank,
    SceneHeading,
    Action,
    Character,
    Parenthetical,
    Dialogue,
    Transition,
    Centered,

    /// <summary>A forced page break; it never appears on a printed page.</summary>
    PageBreak,
}
