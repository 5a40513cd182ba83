using System.Formats.Cbor;
using System.Security.Cryptography.Cose;
using Backlot.Provenance.Signing;

namespace Backlot.Provenance.C2pa;

/// <summary>Signs a claim as C2PA wants it: tagged COSE_Sign1, alg and x5chain protected, the claim as detached payload.</summary>
internal static class CoseClaimSigner
{
    public static readonly CoseHeaderLabel X5Chain = new(33);

    public static byte[] Sign(ReadOnlySpan<byte> claim, C2paSigningCredential credential)
    {
        var protectedHeaders = new CoseHeaderMap { [X5Chain] = CoseHeaderValue.FromEncodedValue(EncodeChain(credential)) };
        var signer = new CoseSigner(credential.Key, credential.HashAlgorithm, protectedHeaders, new CoseHeaderMap());
        return CoseSign1Message.SignDetached(claim, signer);
    }

    /// <summary>One certificate as a byte string, several as an array of byte strings (RFC 9360).</summary>
    private static byte[] EncodeChain(C2paSigningCredential credential)
    {
        var chain = credential.EmbeddedChain;
        var writer = new CborWriter();
        if (chain.Count == 1)
        {
            writer.WriteByteString(chain[0].RawData);
            return writer.Encode();
        }
        writer.WriteStartArray(chain.Count);
        foreach (var certificate in chain)
            writer.WriteByteString(certificate.RawData);
        writer.WriteEndArray();
        return writer.Encode();
    }
}
