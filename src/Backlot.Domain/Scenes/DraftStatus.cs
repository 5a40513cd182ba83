namespace Backlot.Domain.Scenes;

/// <summary>What the last imported draft did to a scene.</summary>
public enum DraftStatus
{
    /// <summary>The scene first appeared in that draft.</summary>
    New,

    /// <summary>Matched to a scene of the draft before, with the same text.</summary>
    Unchanged,

    /// <summary>Matched to a scene of the draft before, with different text: its plan was brought up to date.</summary>
    Changed,
}
