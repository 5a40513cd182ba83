using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Backlot.Provenance.C2pa.Validation;

/// <summary>
/// Walks an x5chain from the leaf towards a trust anchor, checking each issuer's signature by hand so that an
/// intermediate CA can be an anchor (as in c2pa-rs trust lists). Revocation and anchor validity are not checked.
/// </summary>
internal static class CertificateTrust
{
    public static bool IsTrusted(IReadOnlyList<X509Certificate2> chain, IReadOnlyList<X509Certificate2> anchors)
    {
        for (var i = 0; i < chain.Count; i++)
        {
            var certificate = chain[i];
            if (anchors.Any(a => a.RawData.AsSpan().SequenceEqual(certificate.RawData) || IssuedBy(certificate, a)))
                return true;
            if (i + 1 >= chain.Count || !IssuedBy(certificate, chain[i + 1]))
                return false;
        }
        return false;
    }

    public static bool IssuedBy(X509Certificate2 certificate, X509Certificate2 issuer)
    {
        if (!certificate.IssuerName.RawData.AsSpan().SequenceEqual(issuer.SubjectName.RawData))
            return false;
        try
        {
            var outer = new AsnReader(certificate.RawData, AsnEncodingRules.DER).ReadSequence();
            var tbs = outer.ReadEncodedValue();
            var algorithm = outer.ReadSequence().ReadObjectIdentifier();
            var signature = outer.ReadBitString(out _);
            return algorithm switch
            {
                "1.2.840.10045.4.3.2" => VerifyEc(issuer, tbs, signature, HashAlgorithmName.SHA256),
                "1.2.840.10045.4.3.3" => VerifyEc(issuer, tbs, signature, HashAlgorithmName.SHA384),
                "1.2.840.10045.4.3.4" => VerifyEc(issuer, tbs, signature, HashAlgorithmName.SHA512),
                "1.2.840.113549.1.1.11" => VerifyRsa(issuer, tbs, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
                "1.2.840.113549.1.1.12" => VerifyRsa(issuer, tbs, signature, HashAlgorithmName.SHA384, RSASignaturePadding.Pkcs1),
                "1.2.840.113549.1.1.13" => VerifyRsa(issuer, tbs, signature, HashAlgorithmName.SHA512, RSASignaturePadding.Pkcs1),
                // RSASSA-PSS: the hash sits in the parameters; a signature only verifies under its own hash.
                "1.2.840.113549.1.1.10" => new[] { HashAlgorithmName.SHA256, HashAlgorithmName.SHA384, HashAlgorithmName.SHA512 }
                    .Any(h => VerifyRsa(issuer, tbs, signature, h, RSASignaturePadding.Pss)),
                _ => false,
            };
        }
        catch (Exception e) when (e is AsnContentException or CryptographicException)
        {
            return false;
        }
    }

    private static bool VerifyEc(X509Certificate2 issuer, ReadOnlyMemory<byte> tbs, byte[] signature, HashAlgorithmName hash)
    {
        using var key = issuer.GetECDsaPublicKey();
        return key is not null && key.VerifyData(tbs.Span, signature, hash, DSASignatureFormat.Rfc3279DerSequence);
    }

    private static bool VerifyRsa(X509Certificate2 issuer, ReadOnlyMemory<byte> tbs, byte[] signature, HashAlgorithmName hash, RSASignaturePadding padding)
    {
        using var key = issuer.GetRSAPublicKey();
        return key is not null && key.VerifyData(tbs.Span, signature, hash, padding);
    }
}
