using System.Globalization;

namespace Backlot.Interchange.Csv;

/// <summary>Script breakdown as CSV: one scene a row, element lists comma-separated inside their field.</summary>
public static class BreakdownCsv
{
    /// <summary>The header row, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["Scene", "Int/Ext", "Set/Location", "Day/Night", "Pages", "Synopsis", "Cast", "Extras", "Props", "Wardrobe", "Vehicles", "Special Effects", "Notes"];

    public static byte[] Write(IEnumerable<BreakdownRow> rows, bool utf8Bom = true)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return CsvText.Encode([Columns, .. rows.Select(Fields)], utf8Bom);
    }

    /// <summary>Page length the way breakdowns print it: 11 eighths → "1 3/8", 8 → "1", 3 → "3/8", 0 → "0".</summary>
    public static string FormatEighths(int eighths)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(eighths);
        var (pages, rest) = Math.DivRem(eighths, 8);
        return (pages, rest) switch
        {
            (_, 0) => pages.ToString(CultureInfo.InvariantCulture),
            (0, _) => string.Create(CultureInfo.InvariantCulture, $"{rest}/8"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{pages} {rest}/8"),
        };
    }

    private static string[] Fields(BreakdownRow row) =>
    [
        row.Scene,
        row.IntExt,
        row.SetLocation,
        row.DayNight,
        FormatEighths(row.PageEighths),
        row.Synopsis,
        CsvHeader.JoinList(row.Cast),
        CsvHeader.JoinList(row.Extras),
        CsvHeader.JoinList(row.Props),
        CsvHeader.JoinList(row.Wardrobe),
        CsvHeader.JoinList(row.Vehicles),
        CsvHeader.JoinList(row.SpecialEffects),
        row.Notes ?? "",
    ];
}
