using System.Formats.Asn1;
using System.Globalization;

namespace Backlot.Provenance.TimeStamps;

/// <summary>
/// The parts of an RFC 3161 TimeStampResp the client acts on: the PKIStatusInfo (status, text, failure bits) and the
/// token's encoded ContentInfo when one was granted.
/// </summary>
internal sealed record TimeStampResponse(int Status, string? StatusText, string? FailureInfo, ReadOnlyMemory<byte>? Token)
{
    public bool Granted => Status is 0 or 1;

    private static readonly string[] StatusNames = ["granted", "grantedWithMods", "rejection", "waiting", "revocationWarning", "revocationNotification"];

    // PKIFailureInfo bit positions (RFC 3161 §2.4.2).
    private static readonly (int Bit, string Name)[] FailureBits =
    [
        (0, "badAlg"), (2, "badRequest"), (5, "badDataFormat"), (14, "timeNotAvailable"),
        (15, "unacceptedPolicy"), (16, "unacceptedExtension"), (17, "addInfoNotAvailable"), (25, "systemFailure"),
    ];

    public string StatusName => Status >= 0 && Status < StatusNames.Length ? StatusNames[Status] : Status.ToString(CultureInfo.InvariantCulture);

    /// <exception cref="AsnContentException">The bytes are not a TimeStampResp.</exception>
    public static TimeStampResponse Decode(ReadOnlyMemory<byte> der)
    {
        var outer = new AsnReader(der, AsnEncodingRules.BER);
        var response = outer.ReadSequence();
        outer.ThrowIfNotEmpty();
        var statusInfo = response.ReadSequence();
        if (!statusInfo.TryReadInt32(out var status))
            throw new AsnContentException("the PKIStatus is out of range");
        string? text = null;
        if (statusInfo.HasData && statusInfo.PeekTag().HasSameClassAndValue(Asn1Tag.Sequence))
        {
            var texts = new List<string>();
            var freeText = statusInfo.ReadSequence();
            while (freeText.HasData)
                texts.Add(freeText.ReadCharacterString(UniversalTagNumber.UTF8String));
            text = string.Join("; ", texts);
        }
        string? failure = null;
        if (statusInfo.HasData && statusInfo.PeekTag().HasSameClassAndValue(Asn1Tag.PrimitiveBitString))
        {
            var bits = statusInfo.ReadBitString(out _);
            var names = FailureBits.Where(f => f.Bit / 8 < bits.Length && (bits[f.Bit / 8] & (0x80 >> (f.Bit % 8))) != 0).Select(f => f.Name);
            failure = string.Join(", ", names);
        }
        ReadOnlyMemory<byte>? token = response.HasData ? response.ReadEncodedValue() : null;
        response.ThrowIfNotEmpty();
        return new TimeStampResponse(status, text, failure, token);
    }
}
