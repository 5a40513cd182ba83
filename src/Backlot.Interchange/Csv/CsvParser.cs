using System.Text;

namespace Backlot.Interchange.Csv;

/// <summary>One parsed record and the 1-based line it starts on.</summary>
internal sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);

/// <summary>
/// RFC 4180 reading, lenient where real files are: CRLF, LF or CR line ends, quoted fields spanning lines,
/// a last record without a line end. Blank lines are skipped. Malformed quoting is an error naming the line.
/// </summary>
internal static class CsvParser
{
    public static List<CsvRecord> Parse(string text)
    {
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var i = 0;
        var recordHasContent = false;

        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"' && field.Length == 0)
            {
                var quoteLine = line;
                i++;
                while (true)
                {
                    if (i >= text.Length)
                        throw InterchangeFormatException.AtLine(quoteLine, "a quoted field starts here and is never closed");
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                        line++;
                    field.Append(text[i++]);
                }

                recordHasContent = true;
                if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                    throw InterchangeFormatException.AtLine(line, $"'{text[i]}' follows a closing quote; a quoted field must end at a comma or a line end");
                continue;
            }

            if (c == '"')
                throw InterchangeFormatException.AtLine(line, "a double quote inside an unquoted field; quote the field and double the quote (\"\")");

            if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
                recordHasContent = true;
                i++;
                continue;
            }

            if (c is '\r' or '\n')
            {
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                EndRecord();
                line++;
                recordLine = line;
                continue;
            }

            field.Append(c);
            i++;
        }

        EndRecord();
        return records;

        void EndRecord()
        {
            if (fields.Count == 0 && field.Length == 0 && !recordHasContent)
                return; // a blank line
            fields.Add(field.ToString());
            records.Add(new CsvRecord(recordLine, [.. fields]));
            fields.Clear();
            field.Clear();
            recordHasContent = false;
        }
    }
}
