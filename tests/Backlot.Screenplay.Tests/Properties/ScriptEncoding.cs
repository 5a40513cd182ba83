using System.Text;

namespace Backlot.Screenplay.Tests.Properties;

/// <summary>How a generated script is written to bytes.</summary>
public enum ScriptEncoding
{
    Utf8,
    Utf8Bom,
    Utf16LeBom,
    Utf16BeBom,
}

internal static class ScriptEncodings
{
    public static byte[] Encode(string text, ScriptEncoding encoding) => encoding switch
    {
        ScriptEncoding.Utf8Bom => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
        ScriptEncoding.Utf16LeBom => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
        ScriptEncoding.Utf16BeBom => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
        _ => Encoding.UTF8.GetBytes(text),
    };

    /// <summary>
    /// The number of lines a reader sees in <paramref name="bytes"/>: "\r\n", "\r" and "\n" each end a line, as in
    /// both the Fountain reader and XML. Undecodable bytes are replaced, which never adds or removes a line break.
    /// </summary>
    public static int LineCount(byte[] bytes)
    {
        string text;
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            text = Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        else if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            text = Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        else
            text = Encoding.UTF8.GetString(bytes);

        var lines = 1;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
                lines++;
        }

        return lines;
    }

    /// <summary>The text as a C# literal, so that a failing input can be pasted into a test.</summary>
    public static string Literal(string text)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in text)
        {
            _ = c switch
            {
                '\n' => sb.Append("\\n"),
                '\r' => sb.Append("\\r"),
                '\t' => sb.Append("\\t"),
                '"' => sb.Append("\\\""),
                '\\' => sb.Append("\\\\"),
                _ when c < 0x20 || (c >= 0x7F && c < 0xA0) || char.IsSurrogate(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.LineSeparator
                    => sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => sb.Append(c),
            };
        }

        return sb.Append('"').ToString();
    }
}
