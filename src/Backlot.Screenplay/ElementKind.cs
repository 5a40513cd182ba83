namespace Backlot.Screenplay;

/// <summary>What a paragraph of a screenplay is. New kinds are only ever added at the end.</summary>
public enum ElementKind
{
    Action,
    Character,
    Dialogue,
    Parenthetical,
    Transition,

    /// <summary>Anything no other kind describes (an unknown Final Draft paragraph type, for one).</summary>
    Other,

    /// <summary>Centred text: Fountain "&gt;THE END&lt;"; the markers are not part of the text.</summary>
    Centered,

    /// <summary>Lyrics: Fountain "~"; inside a dialogue block it carries the speaker.</summary>
    Lyrics,

    /// <summary>Structure only, not printed: Fountain "#", "##"…; <see cref="ScriptElement.Level"/> is the depth.</summary>
    Section,

    /// <summary>Not printed: Fountain "= …", Final Draft scene summary.</summary>
    Synopsis,

    /// <summary>A forced page break: Fountain "===", Final Draft StartsNewPage.</summary>
    PageBreak,

    /// <summary>A writer's note, not printed: Fountain "[[…]]", Final Draft ScriptNote.</summary>
    Note,

    /// <summary>A shot line (Final Draft "Shot" paragraph).</summary>
    Shot,
}
