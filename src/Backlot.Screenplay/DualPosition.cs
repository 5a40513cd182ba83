namespace Backlot.Screenplay;

/// <summary>Where a dialogue block sits when two characters speak at once (Fountain "^", Final Draft DualDialogue).</summary>
public enum DualPosition
{
    /// <summary>Ordinary, single-column dialogue.</summary>
    None,

    /// <summary>The first speaker of the pair, printed in the left column.</summary>
    Left,

    /// <summary>The second speaker of the pair (the cue marked "^"), printed in the right column.</summary>
    Right,
}
