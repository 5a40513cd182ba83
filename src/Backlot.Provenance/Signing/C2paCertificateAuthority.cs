using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Backlot.Provenance.Signing;

/// <summary>A production's root CA: its self-signed certificate and private key. The caller stores and disposes the key.</summary>
/// <param name="Certificate">The root certificate (public part; hand it to verifiers as the trust anchor).</param>
/// <param name="Key">The root's private key.</param>
public sealed record C2paRootAuthority(X509Certificate2 Certificate, ECDsa Key);

/// <summary>Creates a production's signing identity: an ECDSA P-256 root CA and C2PA signing certificates issued by it.</summary>
public static class C2paCertificateAuthority
{
    private const string EmailProtection = "1.3.6.1.5.5.7.3.4";
    private const string DocumentSigning = "1.3.6.1.5.5.7.3.36";

    /// <summary>A self-signed root CA (basic constraints CA, keyCertSign and cRLSign) valid for <paramref name="years"/>.</summary>
    public static C2paRootAuthority CreateRoot(string organization, int years = 20)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organization);
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(Name($"{organization} C2PA Root CA", organization), key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        var now = DateTimeOffset.UtcNow.AddMinutes(-5);
        using var withKey = request.CreateSelfSigned(now, now.AddYears(years));
        return new C2paRootAuthority(X509CertificateLoader.LoadCertificate(withKey.RawData), key);
    }

    /// <summary>
    /// A fresh P-256 key and a signing certificate for it issued by <paramref name="root"/> (not a CA, digitalSignature,
    /// emailProtection and documentSigning usages, key identifiers), returned as a credential whose chain is leaf then root.
    /// </summary>
    public static C2paSigningCredential IssueSigningCredential(C2paRootAuthority root, string commonName, int years = 3)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentException.ThrowIfNullOrWhiteSpace(commonName);
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var organization = root.Certificate.GetNameInfo(X509NameType.SimpleName, false).Replace(" C2PA Root CA", "", StringComparison.Ordinal);
        var request = new CertificateRequest(Name(commonName, organization), key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(EmailProtection), new Oid(DocumentSigning)], false));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(root.Certificate, true, false));
        var now = DateTimeOffset.UtcNow.AddMinutes(-5);
        var notAfter = now.AddYears(years);
        if (notAfter > root.Certificate.NotAfter)
            notAfter = root.Certificate.NotAfter;
        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] = (byte)((serial[0] & 0x7F) | 0x01);
        var generator = X509SignatureGenerator.CreateForECDsa(root.Key);
        var leaf = request.Create(root.Certificate.SubjectName, generator, now, notAfter, serial);
        return C2paSigningCredential.Create(key, [leaf, root.Certificate]);
    }

    private static X500DistinguishedName Name(string commonName, string organization)
    {
        var builder = new X500DistinguishedNameBuilder();
        builder.AddOrganizationName(organization);
        builder.AddCommonName(commonName);
        return builder.Build();
    }
}
