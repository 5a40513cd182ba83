using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Backlot.Provenance.Keys;

namespace Backlot.Provenance.Audit;

/// <summary>The public keys a verifier trusts for a production's checkpoints, by <see cref="KeyIds"/> id.</summary>
public sealed class AuditKeyRing : IDisposable
{
    private readonly Dictionary<string, ECDsa> _keys = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> KeyIds => _keys.Keys;

    /// <summary>Trusts the public half of <paramref name="key"/> (a private key is accepted; only its public key is kept).</summary>
    public AuditKeyRing Add(ECDsa key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return AddPublicKey(key.ExportSubjectPublicKeyInfo());
    }

    public AuditKeyRing AddPublicKey(ReadOnlySpan<byte> subjectPublicKeyInfo)
    {
        var id = Keys.KeyIds.OfPublicKey(subjectPublicKeyInfo);
        if (_keys.ContainsKey(id))
            return this;
        var key = ECDsa.Create();
        try
        {
            key.ImportSubjectPublicKeyInfo(subjectPublicKeyInfo, out _);
        }
        catch (CryptographicException e)
        {
            key.Dispose();
            throw new ProvenanceException("the public key is not an ECDSA SubjectPublicKeyInfo", e);
        }

        _keys[id] = key;
        return this;
    }

    public AuditKeyRing Add(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        using var key = certificate.GetECDsaPublicKey()
            ?? throw new ProvenanceException($"certificate '{certificate.Subject}' has no ECDSA public key");
        return Add(key);
    }

    /// <summary>Trusts the first certificate of a PEM chain (the leaf: the production's signing certificate).</summary>
    public AuditKeyRing AddLeafOf(string chainPem)
    {
        ArgumentNullException.ThrowIfNull(chainPem);
        using var leaf = X509Certificate2.CreateFromPem(chainPem);
        return Add(leaf);
    }

    public ECDsa? Find(string? keyId) => keyId is not null && _keys.TryGetValue(keyId, out var key) ? key : null;

    public void Dispose()
    {
        foreach (var key in _keys.Values)
            key.Dispose();
        _keys.Clear();
    }
}
