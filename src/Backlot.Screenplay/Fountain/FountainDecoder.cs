using System.Buffers;
using System.Text;

namespace Backlot.Screenplay.Fountain;

/// <summary>Turns the bytes of a .fountain file into text: UTF-8 with or without BOM, UTF-16 LE/BE with BOM.</summary>
internal static class FountainDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Decodes into a buffer rented from <see cref="ArrayPool{T}.Shared"/>, so that a feature script's text (about
    /// 300 KB as UTF-16) is not a new large-object-heap array on every read; the caller returns the buffer.
    /// </summary>
    public static char[] DecodeRented(ReadOnlySpan<byte> bytes, out int length)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return Strict(StrictUtf8, bytes[3..], "UTF-8", out length);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return Strict(StrictUtf16Le, bytes[2..], "UTF-16 LE", out length);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return Strict(StrictUtf16Be, bytes[2..], "UTF-16 BE", out length);

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
            throw new ScriptFormatException($"not a text file: byte {nul} is NUL (a UTF-16 file needs a byte order mark)");
        return Strict(StrictUtf8, bytes, "UTF-8", out length);
    }

    private static char[] Strict(Encoding encoding, ReadOnlySpan<byte> bytes, string name, out int length)
    {
        try
        {
            // GetString counts first too: an invalid byte is reported at the same index.
            var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, encoding.GetCharCount(bytes)));
            length = encoding.GetChars(bytes, buffer);
            return buffer;
        }
        catch (DecoderFallbackException e)
        {
            var at = e.Index >= 0 ? $" at byte {e.Index}" : "";
            throw new ScriptFormatException($"not a text file: invalid {name}{at}", e);
        }
    }
}
