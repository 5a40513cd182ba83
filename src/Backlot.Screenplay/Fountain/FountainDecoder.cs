using System.Text;

namespace Backlot.Screenplay.Fountain;

/// <summary>Turns the bytes of a .fountain file into text: UTF-8 with or without BOM, UTF-16 LE/BE with BOM.</summary>
internal static class FountainDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return Strict(StrictUtf8, bytes[3..], "UTF-8");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return Strict(StrictUtf16Le, bytes[2..], "UTF-16 LE");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return Strict(StrictUtf16Be, bytes[2..], "UTF-16 BE");

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
            throw new ScriptFormatException($"not a text file: byte {nul} is NUL (a UTF-16 file needs a byte order mark)");
        return Strict(StrictUtf8, bytes, "UTF-8");
    }

    private static string Strict(Encoding encoding, ReadOnlySpan<byte> bytes, string name)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var at = e.Index >= 0 ? $" at byte {e.Index}" : "";
            throw new ScriptFormatException($"not a text file: invalid {name}{at}", e);
        }
    }
}
