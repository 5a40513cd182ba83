using System.Security.Cryptography.X509Certificates;

namespace Backlot.Provenance.Signing;

/// <summary>The C2PA signing-certificate profile (the checks c2pa-rs applies to a claim signer's certificate).</summary>
public static class C2paCertificateProfile
{
    /// <summary>Extended key usages the C2PA trust model accepts for claim signing.</summary>
    public static readonly IReadOnlyList<string> AcceptedKeyUsages =
    [
        "1.3.6.1.5.5.7.3.4",     // id-kp-emailProtection
        "1.3.6.1.5.5.7.3.36",    // id-kp-documentSigning
        "1.3.6.1.4.1.62558.2.1", // c2pa-kp-claimSigning
        "1.3.6.1.5.5.7.3.8",     // id-kp-timeStamping
        "1.3.6.1.5.5.7.3.9",     // id-kp-OCSPSigning
    ];

    /// <summary>What keeps <paramref name="leaf"/> from signing C2PA claims at <paramref name="at"/>; empty when it can.</summary>
    public static IReadOnlyList<string> Check(X509Certificate2 leaf, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(leaf);
        var problems = new List<string>();
        if (leaf.Version != 3)
            problems.Add($"it is an X.509 version {leaf.Version} certificate, not version 3");
        if (at < leaf.NotBefore.ToUniversalTime() || at > leaf.NotAfter.ToUniversalTime())
            problems.Add($"it is valid from {leaf.NotBefore.ToUniversalTime():u} to {leaf.NotAfter.ToUniversalTime():u}, not at {at.UtcDateTime:u}");
        if (leaf.SubjectName.RawData.AsSpan().SequenceEqual(leaf.IssuerName.RawData))
            problems.Add("it is self-signed; it must be issued by a CA");
        if (leaf.Extensions.OfType<X509BasicConstraintsExtension>().FirstOrDefault() is { CertificateAuthority: true })
            problems.Add("it is a CA certificate");
        if (leaf.Extensions.OfType<X509KeyUsageExtension>().FirstOrDefault() is not { } usage
            || (usage.KeyUsages & X509KeyUsageFlags.DigitalSignature) == 0)
            problems.Add("its key usage lacks digitalSignature");
        if (leaf.Extensions.OfType<X509EnhancedKeyUsageExtension>().FirstOrDefault() is not { } eku
            || !eku.EnhancedKeyUsages.Cast<System.Security.Cryptography.Oid>().Any(o => AcceptedKeyUsages.Contains(o.Value)))
            problems.Add("its extended key usage names none of emailProtection, documentSigning, c2pa claimSigning, timeStamping, OCSPSigning");
        if (leaf.GetECDsaPublicKey() is { } ec)
        {
            using (ec)
            {
                if (ec.KeySize is not (256 or 384 or 521))
                    problems.Add($"its EC key has {ec.KeySize} bits; C2PA takes P-256, P-384 or P-521");
            }
        }
        else
        {
            problems.Add("its key is not ECDSA (Backlot signs with ES256/ES384/ES512)");
        }
        return problems;
    }
}
