using System.Formats.Cbor;
using System.Security.Cryptography.Cose;

namespace Backlot.Provenance.C2pa;

/// <summary>
/// C2PA v2 time-stamps (<c>sigTst2</c>): the token countersigns the finished signature, so it is asked for after signing and
/// stored in the unprotected header, which a "pad" header keeps at the size reserved for the signature box.
/// </summary>
internal static class CoseTimeStamp
{
    public static readonly CoseHeaderLabel SigTst2 = new("sigTst2");
    public static readonly CoseHeaderLabel SigTst = new("sigTst");
    private static readonly CoseHeaderLabel Pad = new("pad");
    private static readonly CoseHeaderLabel Pad2 = new("pad2");

    /// <summary>CBOR bytes the sigTst2 container adds besides the token itself, and the smallest pad header.</summary>
    public const int Overhead = 64;

    /// <summary>
    /// What a v2 token's imprint hashes, as c2pa-rs verifies it: the COSE Sig_structure
    /// <c>["CounterSignature", protected, h'', bstr(signature)]</c>, the signature itself wrapped as a CBOR byte string.
    /// </summary>
    public static byte[] CountersignedBytes(ReadOnlySpan<byte> rawProtectedHeaders, ReadOnlySpan<byte> signature)
    {
        var payload = new CborWriter();
        payload.WriteByteString(signature);
        return SigStructure(rawProtectedHeaders, payload.Encode());
    }

    private static byte[] SigStructure(ReadOnlySpan<byte> rawProtectedHeaders, ReadOnlySpan<byte> payload)
    {
        var writer = new CborWriter();
        writer.WriteStartArray(4);
        writer.WriteTextString("CounterSignature");
        writer.WriteByteString(rawProtectedHeaders);
        writer.WriteByteString([]);
        writer.WriteByteString(payload);
        writer.WriteEndArray();
        return writer.Encode();
    }

    /// <summary>The tstContainer <c>{"tstTokens": [{"val": token}]}</c>.</summary>
    public static CoseHeaderValue Container(ReadOnlySpan<byte> token)
    {
        var writer = new CborWriter();
        writer.WriteStartMap(1);
        writer.WriteTextString("tstTokens");
        writer.WriteStartArray(1);
        writer.WriteStartMap(1);
        writer.WriteTextString("val");
        writer.WriteByteString(token);
        writer.WriteEndMap();
        writer.WriteEndArray();
        writer.WriteEndMap();
        return CoseHeaderValue.FromEncodedValue(writer.Encode());
    }

    /// <summary>The message encoded at exactly <paramref name="length"/> bytes, padded as c2pa-rs pads; null when it does not fit.</summary>
    public static byte[]? EncodePadded(CoseSign1Message message, int length)
    {
        var bare = message.Encode();
        if (bare.Length == length)
            return bare;
        var room = length - bare.Length;
        // A text label "pad" (4 bytes) and a byte string; its head grows at 24 and 256 bytes, so some sizes need a second pad.
        foreach (var extra in new[] { 0, 5 })
        {
            if (PadLength(room - extra - 4) is not { } n)
                continue;
            message.UnprotectedHeaders[Pad] = CoseHeaderValue.FromBytes(new byte[n]);
            if (extra > 0)
                message.UnprotectedHeaders[Pad2] = CoseHeaderValue.FromBytes([]);
            var padded = message.Encode();
            if (padded.Length == length)
                return padded;
            throw new ProvenanceException($"C2PA signing: padding the signature came out {padded.Length} bytes, {length} were reserved");
        }
        return null;
    }

    /// <summary>n such that a CBOR byte string of n bytes takes exactly <paramref name="total"/> bytes.</summary>
    private static int? PadLength(int total)
    {
        foreach (var head in new[] { 1, 2, 3, 5 })
        {
            var n = total - head;
            if (n >= 0 && HeadLength(n) == head)
                return n;
        }
        return null;
    }

    private static int HeadLength(int n) => n switch { < 24 => 1, <= byte.MaxValue => 2, <= ushort.MaxValue => 3, _ => 5 };
}
