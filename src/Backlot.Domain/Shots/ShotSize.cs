namespace Backlot.Domain.Shots;

/// <summary>Shot sizes from widest to closest.</summary>
public enum ShotSize
{
    /// <summary>Extreme wide shot.</summary>
    EWS,

    /// <summary>Wide shot.</summary>
    WS,

    /// <summary>Full shot: head to toe.</summary>
    FS,

    /// <summary>Medium shot: from the waist.</summary>
    MS,

    /// <summary>Medium close-up: from the chest.</summary>
    MCU,

    /// <summary>Close-up: the face.</summary>
    CU,

    /// <summary>Extreme close-up: a detail.</summary>
    ECU,
}
