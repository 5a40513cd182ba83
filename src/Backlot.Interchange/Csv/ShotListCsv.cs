using System.Globalization;

namespace Backlot.Interchange.Csv;

/// <summary>Shot list as CSV: a header row, then one shot a row (RFC 4180, UTF-8, CRLF).</summary>
public static class ShotListCsv
{
    /// <summary>The header row, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["Scene", "Shot", "Description", "Size", "Angle", "Lens", "Movement", "Characters", "Est. Duration (s)", "Take", "Status", "Notes"];

    public static byte[] Write(IEnumerable<ShotListRow> rows, bool utf8Bom = true)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return CsvText.Encode([Columns, .. rows.Select(Fields)], utf8Bom);
    }

    /// <summary>
    /// Reads a shot list written by <see cref="Write"/> or by another tool with the same headers (matched
    /// without regard to case; columns in any order; unknown columns ignored; Scene and Shot required).
    /// Errors name the line: <c>"line 7: Lens '35 millimetres' is not a focal length"</c>.
    /// </summary>
    public static IReadOnlyList<ShotListRow> Read(ReadOnlySpan<byte> csv)
    {
        string text;
        try
        {
            text = CsvText.Decode(csv);
        }
        catch (System.Text.DecoderFallbackException e)
        {
            throw new InterchangeFormatException($"the shot list is not UTF-8 text: {e.Message}", e);
        }

        return Read(text);
    }

    public static IReadOnlyList<ShotListRow> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = CsvParser.Parse(text);
        if (records.Count == 0)
            throw InterchangeFormatException.AtLine(1, "the shot list is empty; expected a header row starting with Scene,Shot");
        var header = new CsvHeader(records[0], ["Scene", "Shot"]);
        var rows = new List<ShotListRow>(records.Count - 1);
        foreach (var record in records.Skip(1))
        {
            var r = header.Row(record);
            rows.Add(new ShotListRow(
                Scene: r.Required("Scene"),
                Shot: r.Required("Shot"),
                Description: r.Text("Description") ?? "",
                Size: r.Text("Size"),
                Angle: r.Text("Angle"),
                LensMm: r.Parse("Lens", ParseLens, "a focal length like 35mm"),
                Movement: r.Text("Movement"),
                Characters: r.List("Characters"),
                EstimatedDuration: r.Parse("Est. Duration (s)", ParseSeconds, "a number of seconds like 4.5"),
                Take: r.Parse("Take", s => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var t) && t > 0 ? (int?)t : null, "a take number"),
                Status: r.Text("Status"),
                Notes: r.Text("Notes")));
        }

        return rows;
    }

    private static string[] Fields(ShotListRow row) =>
    [
        row.Scene,
        row.Shot,
        row.Description,
        row.Size ?? "",
        row.Angle ?? "",
        row.LensMm is { } mm ? string.Create(CultureInfo.InvariantCulture, $"{mm:0.##}mm") : "",
        row.Movement ?? "",
        CsvHeader.JoinList(row.Characters),
        row.EstimatedDuration is { } d ? d.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) : "",
        row.Take?.ToString(CultureInfo.InvariantCulture) ?? "",
        row.Status ?? "",
        row.Notes ?? "",
    ];

    private static double? ParseLens(string s)
    {
        var number = s.Trim();
        if (number.EndsWith("mm", StringComparison.OrdinalIgnoreCase))
            number = number[..^2].TrimEnd();
        return double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var mm) && mm > 0 && double.IsFinite(mm) ? mm : null;
    }

    private static TimeSpan? ParseSeconds(string s) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0 && seconds < 86400
            ? TimeSpan.FromSeconds(seconds)
            : null;
}
