namespace Backlot.Interchange.Csv;

/// <summary>One scene of a script breakdown, in the columns of a breakdown sheet or stripboard import.</summary>
/// <param name="Scene">Scene number.</param>
/// <param name="IntExt">"INT", "EXT" or "INT/EXT".</param>
/// <param name="SetLocation">Set or location, e.g. "KITCHEN".</param>
/// <param name="DayNight">"DAY", "NIGHT", "DUSK", "CONTINUOUS"…</param>
/// <param name="PageEighths">Length in eighths of a page; written the way breakdowns print it ("1 3/8").</param>
/// <param name="Synopsis">One-line summary.</param>
/// <param name="Cast">Speaking cast.</param>
/// <param name="Extras">Background and extras.</param>
/// <param name="Props">Props.</param>
/// <param name="Wardrobe">Wardrobe.</param>
/// <param name="Vehicles">Vehicles.</param>
/// <param name="SpecialEffects">Special effects.</param>
/// <param name="Notes">Free notes.</param>
public sealed record BreakdownRow(
    string Scene,
    string IntExt,
    string SetLocation,
    string DayNight,
    int PageEighths,
    string Synopsis,
    IReadOnlyList<string>? Cast = null,
    IReadOnlyList<string>? Extras = null,
    IReadOnlyList<string>? Props = null,
    IReadOnlyList<string>? Wardrobe = null,
    IReadOnlyList<string>? Vehicles = null,
    IReadOnlyList<string>? SpecialEffects = null,
    string? Notes = null);
