using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Backlot.Provenance.Signing;
using Backlot.Provenance.Tests.Support;

namespace Backlot.Provenance.Tests.Signing;

public sealed class C2paCertificateAuthorityTests
{
    [Fact]
    public void Root_is_a_self_signed_p256_ca_for_signing_certificates()
    {
        var root = C2paFixtures.Root.Certificate;

        Assert.Equal(root.SubjectName.Name, root.IssuerName.Name);
        Assert.True(root.Extensions.OfType<X509BasicConstraintsExtension>().Single().CertificateAuthority);
        Assert.Equal(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, root.Extensions.OfType<X509KeyUsageExtension>().Single().KeyUsages);
        using var key = root.GetECDsaPublicKey();
        Assert.Equal(256, key?.KeySize);
    }

    [Fact]
    public void Signing_certificate_is_issued_by_the_root_for_document_signing()
    {
        var leaf = C2paFixtures.Credential.Leaf;

        Assert.Equal(C2paFixtures.Root.Certificate.SubjectName.Name, leaf.IssuerName.Name);
        Assert.False(leaf.Extensions.OfType<X509BasicConstraintsExtension>().Single().CertificateAuthority);
        Assert.Equal(X509KeyUsageFlags.DigitalSignature, leaf.Extensions.OfType<X509KeyUsageExtension>().Single().KeyUsages);
        var usages = leaf.Extensions.OfType<X509EnhancedKeyUsageExtension>().Single().EnhancedKeyUsages.Cast<Oid>().Select(o => o.Value);
        Assert.Equal(["1.3.6.1.5.5.7.3.4", "1.3.6.1.5.5.7.3.36"], usages);
        Assert.NotNull(leaf.Extensions.OfType<X509SubjectKeyIdentifierExtension>().SingleOrDefault());
        Assert.NotNull(leaf.Extensions.OfType<X509AuthorityKeyIdentifierExtension>().SingleOrDefault());
        Assert.InRange(leaf.NotAfter - leaf.NotBefore, TimeSpan.FromDays(3 * 365), TimeSpan.FromDays(3 * 366 + 1));
        Assert.Empty(C2paCertificateProfile.Check(leaf, DateTimeOffset.UtcNow));
    }

    [Fact]
    public void Chain_and_key_survive_a_pem_round_trip()
    {
        var credential = C2paFixtures.Credential;
        var chainPem = C2paPem.ExportCertificates(credential.Chain);
        var keyPem = C2paPem.ExportKey(credential.Key);

        var imported = C2paPem.ImportCredential(chainPem, keyPem);

        Assert.Equal(credential.Chain.Select(c => c.Thumbprint), imported.Chain.Select(c => c.Thumbprint));
        Assert.Equal(credential.Key.ExportSubjectPublicKeyInfo(), imported.Key.ExportSubjectPublicKeyInfo());
    }

    [Fact]
    public void Importing_a_ca_certificate_as_the_signer_names_the_problem()
    {
        var root = C2paFixtures.Root;

        var error = Assert.Throws<ProvenanceException>(() => C2paPem.ImportCredential(
            C2paPem.ExportCertificates([root.Certificate]), C2paPem.ExportKey(root.Key)));

        Assert.Contains("self-signed", error.Message, StringComparison.Ordinal);
        Assert.Contains("is a CA certificate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Importing_a_key_that_does_not_match_the_leaf_is_refused()
    {
        using var stranger = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        var error = Assert.Throws<ProvenanceException>(() => C2paPem.ImportCredential(
            C2paPem.ExportCertificates(C2paFixtures.Credential.Chain), C2paPem.ExportKey(stranger)));

        Assert.Contains("does not belong", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pem_without_certificates_is_refused()
    {
        Assert.Throws<ProvenanceException>(() => C2paPem.ImportCertificates("not a certificate"));
    }
}
