namespace Backlot.Interchange.Csv;

/// <summary>Maps header names to field positions and reads typed values, with errors that name the line.</summary>
internal sealed class CsvHeader
{
    private readonly Dictionary<string, int> positions = new(StringComparer.OrdinalIgnoreCase);
    private readonly int width;

    public CsvHeader(CsvRecord header, IEnumerable<string> required)
    {
        width = header.Fields.Count;
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var name = header.Fields[i].Trim();
            if (name.Length > 0 && !positions.TryAdd(name, i))
                throw InterchangeFormatException.AtLine(header.Line, $"the header names column '{name}' twice");
        }

        var missing = required.Where(r => !positions.ContainsKey(r)).ToList();
        if (missing.Count > 0)
            throw InterchangeFormatException.AtLine(header.Line, $"the header lacks {string.Join(", ", missing.Select(m => $"'{m}'"))}");
    }

    public static string JoinList(IReadOnlyList<string>? items) => items is null ? "" : string.Join(", ", items);

    public Values Row(CsvRecord record)
    {
        if (record.Fields.Count != width)
            throw InterchangeFormatException.AtLine(record.Line, $"{record.Fields.Count} fields where the header has {width}");
        return new Values(this, record);
    }

    public sealed class Values(CsvHeader header, CsvRecord record)
    {
        public string? Text(string column)
        {
            if (!header.positions.TryGetValue(column, out var i))
                return null;
            var value = record.Fields[i];
            return value.Length == 0 ? null : value;
        }

        public string Required(string column) =>
            Text(column) is { } s && s.Trim().Length > 0
                ? s
                : throw InterchangeFormatException.AtLine(record.Line, $"{column} is empty");

        public IReadOnlyList<string> List(string column) =>
            Text(column) is { } s ? [.. s.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)] : [];

        public T? Parse<T>(string column, Func<string, T?> parse, string expected)
            where T : struct
        {
            if (Text(column) is not { } s || s.Trim().Length == 0)
                return null;
            return parse(s.Trim()) ?? throw InterchangeFormatException.AtLine(record.Line, $"{column} '{s}' is not {expected}");
        }
    }
}
