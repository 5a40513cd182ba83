using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Backlot.Interchange.Storyboard;

/// <summary>
/// PDFsharp writes three random tokens into every file: the font-subset tags ("ABCDEF+DejaVu Sans"),
/// the XMP document and instance UUIDs, and the trailer /ID. Each is replaced, byte for byte at the
/// same length (so the cross-reference offsets stay right), with a value derived from a hash of the rest
/// of the file: the same storyboard then gives the same bytes, and different ones still differ.
/// </summary>
internal static class PdfDeterminism
{
    private static readonly byte[] FontNameKey = "/FontName/"u8.ToArray();
    private static readonly byte[] BaseFontKey = "/BaseFont/"u8.ToArray();
    private static readonly byte[] UuidKey = "uuid:"u8.ToArray();
    private static readonly byte[] IdKey = "/ID[<"u8.ToArray();
    private static readonly SearchValues<byte> HexDigits = SearchValues.Create("0123456789ABCDEFabcdef"u8);

    public static byte[] Stabilize(byte[] pdf)
    {
        var tokens = new List<(int Start, int Length, TokenKind Kind)>();
        FindSubsetTags(pdf, FontNameKey, tokens);
        FindSubsetTags(pdf, BaseFontKey, tokens);
        Find(pdf, UuidKey, 36, IsUuidChar, TokenKind.Uuid, tokens);
        FindIds(pdf, tokens);
        if (tokens.Count == 0)
            return pdf;

        var blanked = (byte[])pdf.Clone();
        foreach (var (start, length, _) in tokens)
            blanked.AsSpan(start, length).Fill((byte)'0');
        var seed = SHA256.HashData(blanked);

        // The same random tag must map to the same stable tag wherever it appears (FontName and BaseFont).
        var tagMap = new Dictionary<string, string>(StringComparer.Ordinal);
        var counter = 0;
        foreach (var (start, length, kind) in tokens.OrderBy(t => t.Start))
        {
            var span = pdf.AsSpan(start, length);
            var original = Encoding.ASCII.GetString(span);
            if (!tagMap.TryGetValue(original, out var replacement))
            {
                var material = SHA256.HashData([.. seed, .. BitConverter.GetBytes(counter++)]);
                replacement = kind switch
                {
                    TokenKind.SubsetTag => new string([.. material.Take(6).Select(b => (char)('A' + (b % 26)))]),
                    TokenKind.Uuid => new Guid(material.AsSpan(0, 16)).ToString("D"),
                    _ => Convert.ToHexString(material.AsSpan(0, 16)),
                };
                tagMap[original] = replacement;
            }

            Encoding.ASCII.GetBytes(replacement, span);
        }

        return pdf;
    }

    private static void FindSubsetTags(byte[] pdf, byte[] key, List<(int, int, TokenKind)> tokens)
    {
        for (var at = pdf.AsSpan().IndexOf(key); at >= 0;)
        {
            var start = at + key.Length;
            if (start + 7 <= pdf.Length && pdf[start + 6] == (byte)'+' && pdf.AsSpan(start, 6).IndexOfAnyExceptInRange((byte)'A', (byte)'Z') < 0)
                tokens.Add((start, 6, TokenKind.SubsetTag));
            var next = pdf.AsSpan(start).IndexOf(key);
            at = next < 0 ? -1 : start + next;
        }
    }

    private static void FindIds(byte[] pdf, List<(int, int, TokenKind)> tokens)
    {
        // "/ID[<hex><hex>]": both halves.
        var at = pdf.AsSpan().LastIndexOf(IdKey);
        if (at < 0)
            return;
        var start = at + IdKey.Length;
        for (var i = 0; i < 2; i++)
        {
            var end = pdf.AsSpan(start).IndexOf((byte)'>');
            if (end <= 0 || pdf.AsSpan(start, end).IndexOfAnyExcept(HexDigits) >= 0)
                return;
            tokens.Add((start, end, TokenKind.DocumentId));
            start += end + 1;
            if (start >= pdf.Length || pdf[start] != (byte)'<')
                return;
            start++;
        }
    }

    private static void Find(byte[] pdf, byte[] key, int length, Func<byte, bool> valid, TokenKind kind, List<(int, int, TokenKind)> tokens)
    {
        for (var at = pdf.AsSpan().IndexOf(key); at >= 0;)
        {
            var start = at + key.Length;
            if (start + length <= pdf.Length && pdf.AsSpan(start, length).ToArray().All(valid))
                tokens.Add((start, length, kind));
            var next = pdf.AsSpan(start).IndexOf(key);
            at = next < 0 ? -1 : start + next;
        }
    }

    private static bool IsUuidChar(byte b) => b == (byte)'-' || char.IsAsciiHexDigit((char)b);

    private enum TokenKind
    {
        SubsetTag,
        Uuid,
        DocumentId,
    }
}
