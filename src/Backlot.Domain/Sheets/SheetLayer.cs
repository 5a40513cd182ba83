namespace Backlot.Domain.Sheets;

/// <summary>One level's sheet in the inheritance chain.</summary>
public sealed record SheetLayer(SheetLevel Level, ControlSheet Sheet);
