using System.Formats.Asn1;

namespace Backlot.Provenance.C2pa.Validation;

/// <summary>Reads genTime out of an RFC 3161 time-stamp token (CMS SignedData over TSTInfo) or a whole time-stamp response. The TSA's signature is not checked.</summary>
internal static class TimeStampToken
{
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
}
