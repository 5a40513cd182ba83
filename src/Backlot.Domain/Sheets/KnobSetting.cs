namespace Backlot.Domain.Sheets;

/// <summary>A value set on one level of the chain; a locked setting cannot be overridden below it.</summary>
public sealed record KnobSetting(KnobValue Value, bool Locked = false);
