namespace Backlot.Domain.Sheets;

/// <summary>Where a knob's value came from, from the most general to the most specific.</summary>
public enum SheetLevel
{
    /// <summary>The engine's declared default.</summary>
    Engine,
    Production,
    Scene,
    Shot,
    Take,
}
