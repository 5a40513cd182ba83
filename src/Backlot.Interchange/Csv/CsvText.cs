using System.Text;

namespace Backlot.Interchange.Csv;

/// <summary>
/// RFC 4180 writing: CRLF between records; a field holding a comma, a double quote, CR or LF (or
/// leading/trailing spaces, which spreadsheet imports would trim) is quoted, with quotes doubled.
/// </summary>
internal static class CsvText
{
    public static byte[] Encode(IEnumerable<IReadOnlyList<string>> records, bool utf8Bom)
    {
        var text = new StringBuilder();
        foreach (var record in records)
        {
            for (var i = 0; i < record.Count; i++)
            {
                if (i > 0)
                    text.Append(',');
                AppendField(text, record[i]);
            }

            text.Append("\r\n");
        }

        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var body = encoding.GetBytes(text.ToString());
        return utf8Bom ? [.. Encoding.UTF8.Preamble, .. body] : body;
    }

    public static void AppendField(StringBuilder text, string field)
    {
        var quote = field.AsSpan().IndexOfAny(",\"\r\n") >= 0
            || (field.Length > 0 && (field[0] == ' ' || field[^1] == ' '));
        if (!quote)
        {
            text.Append(field);
            return;
        }

        text.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }

    /// <summary>Decodes UTF-8, dropping a byte-order mark if there is one.</summary>
    public static string Decode(ReadOnlySpan<byte> csv)
    {
        if (csv.StartsWith(Encoding.UTF8.Preamble))
            csv = csv[Encoding.UTF8.Preamble.Length..];
        return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(csv);
    }
}
