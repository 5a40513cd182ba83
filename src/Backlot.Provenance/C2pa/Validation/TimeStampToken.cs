using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using Backlot.Provenance.TimeStamps;

namespace Backlot.Provenance.C2pa.Validation;

/// <summary>
/// Checks an RFC 3161 time-stamp token (CMS SignedData over TSTInfo), or a whole time-stamp response as v1 signers embed it,
/// against the bytes it should vouch for. Whether the authority is trusted is not judged here.
/// </summary>
internal static class TimeStampToken
{
    private const string TstInfoOid = "1.2.840.113549.1.9.16.1.4";

    /// <summary>genTime when the token's imprint is that of <paramref name="countersigned"/> and its signature holds; else null.</summary>
    public static DateTimeOffset? Verify(ReadOnlyMemory<byte> token, ReadOnlySpan<byte> countersigned)
    {
        try
        {
            var contentInfo = new AsnReader(token, AsnEncodingRules.BER).ReadSequence();
            if (contentInfo.PeekTag().HasSameClassAndValue(Asn1Tag.Sequence) && TimeStampResponse.Decode(token).Token is { } inner)
                token = inner;
            // SignedCms, not Rfc3161TimestampToken: real TSAs' tokens that c2pa-rs accepts do not all meet .NET's stricter profile.
            var cms = new SignedCms();
            cms.Decode(token.Span);
            if (cms.ContentInfo.ContentType.Value != TstInfoOid || !Rfc3161TimestampTokenInfo.TryDecode(cms.ContentInfo.Content, out var info, out _))
                return null;
            if (Hash(info.HashAlgorithmId.Value, countersigned) is not { } digest || !digest.AsSpan().SequenceEqual(info.GetMessageHash().Span))
                return null;
            cms.CheckSignature(verifySignatureOnly: true);
            return info.Timestamp;
        }
        catch (Exception e) when (e is AsnContentException or CryptographicException)
        {
            return null;
        }
    }

    /// <summary>genTime, unchecked: how legacy v1 tokens (sigTst) are read.</summary>
    public static DateTimeOffset? GenTime(ReadOnlyMemory<byte> token)
    {
        try
        {
            var contentInfo = new AsnReader(token, AsnEncodingRules.BER).ReadSequence();
            if (contentInfo.PeekTag().HasSameClassAndValue(Asn1Tag.Sequence))
            {
                // A whole TimeStampResp (PKIStatusInfo, then the token), as some signers embed it.
                contentInfo.ReadSequence();
                contentInfo = contentInfo.ReadSequence();
            }
            contentInfo.ReadObjectIdentifier();
            var signedData = contentInfo.ReadSequence(new Asn1Tag(TagClass.ContextSpecific, 0)).ReadSequence();
            signedData.ReadInteger();
            signedData.ReadSetOf();
            var encapsulated = signedData.ReadSequence();
            encapsulated.ReadObjectIdentifier();
            var eContent = encapsulated.ReadSequence(new Asn1Tag(TagClass.ContextSpecific, 0)).ReadOctetString();
            var tstInfo = new AsnReader(eContent, AsnEncodingRules.BER).ReadSequence();
            tstInfo.ReadInteger();
            tstInfo.ReadObjectIdentifier();
            tstInfo.ReadSequence();
            tstInfo.ReadInteger();
            return tstInfo.ReadGeneralizedTime();
        }
        catch (AsnContentException)
        {
            return null;
        }
    }

    private static byte[]? Hash(string? oid, ReadOnlySpan<byte> data) => oid switch
    {
        "2.16.840.1.101.3.4.2.1" => SHA256.HashData(data),
        "2.16.840.1.101.3.4.2.2" => SHA384.HashData(data),
        "2.16.840.1.101.3.4.2.3" => SHA512.HashData(data),
        _ => null,
    };
}
