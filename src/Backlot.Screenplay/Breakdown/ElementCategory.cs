namespace Backlot.Screenplay.Breakdown;

/// <summary>What a word flagged in capitals in action most likely is, for the breakdown sheet's columns.</summary>
public enum ElementCategory
{
    /// <summary>Anything handled on set: the default for a flagged noun.</summary>
    Prop,

    Vehicle,

    /// <summary>A sound effect: "BANG!", "The phone RINGS".</summary>
    Sound,

    /// <summary>A special or visual effect: smoke, fire, an explosion, a hologram.</summary>
    Effect,
}
