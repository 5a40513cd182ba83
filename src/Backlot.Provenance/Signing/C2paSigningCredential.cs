using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Backlot.Provenance.Signing;

/// <summary>
/// What signs a C2PA manifest: an ECDSA private key and its certificate chain, leaf first (intermediates after it; a
/// self-signed root may close the chain and is left out of the manifest). The caller owns and disposes the key.
/// </summary>
public sealed record C2paSigningCredential
{
    private C2paSigningCredential(ECDsa key, IReadOnlyList<X509Certificate2> chain)
    {
        Key = key;
        Chain = chain;
    }

    /// <summary>The private key matching <see cref="Leaf"/>.</summary>
    public ECDsa Key { get; }

    /// <summary>The chain, leaf first.</summary>
    public IReadOnlyList<X509Certificate2> Chain { get; }

    /// <summary>The signing certificate.</summary>
    public X509Certificate2 Leaf => Chain[0];

    /// <summary>The hash that goes with the key's curve: ES256 for P-256, ES384 for P-384, ES512 for P-521.</summary>
    public HashAlgorithmName HashAlgorithm => Key.KeySize switch
    {
        <= 256 => HashAlgorithmName.SHA256,
        <= 384 => HashAlgorithmName.SHA384,
        _ => HashAlgorithmName.SHA512,
    };

    /// <summary>The certificates that go into the manifest's <c>x5chain</c>: the chain without self-signed roots.</summary>
    internal IReadOnlyList<X509Certificate2> EmbeddedChain =>
        [Chain[0], .. Chain.Skip(1).Where(c => c.SubjectName.RawData.AsSpan().SequenceEqual(c.IssuerName.RawData) is false)];

    /// <summary>Pairs a key with its chain after checking that the leaf is one C2PA validators accept and matches the key.</summary>
    /// <exception cref="ProvenanceException">The chain is empty, the key does not match, or the leaf breaks the C2PA certificate profile.</exception>
    public static C2paSigningCredential Create(ECDsa key, IReadOnlyList<X509Certificate2> chain)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(chain);
        if (chain.Count == 0)
            throw new ProvenanceException("C2PA signing: the certificate chain is empty; it needs at least the signing certificate");
        using var leafKey = chain[0].GetECDsaPublicKey()
            ?? throw new ProvenanceException($"C2PA signing: the certificate '{chain[0].Subject}' does not hold an ECDSA key");
        var expected = leafKey.ExportSubjectPublicKeyInfo();
        if (!expected.AsSpan().SequenceEqual(key.ExportSubjectPublicKeyInfo()))
            throw new ProvenanceException($"C2PA signing: the private key does not belong to the certificate '{chain[0].Subject}'");
        var problems = C2paCertificateProfile.Check(chain[0], DateTimeOffset.UtcNow);
        if (problems.Count > 0)
            throw new ProvenanceException($"C2PA signing: the certificate '{chain[0].Subject}' cannot sign C2PA manifests: {string.Join("; ", problems)}");
        return new C2paSigningCredential(key, chain);
    }
}
