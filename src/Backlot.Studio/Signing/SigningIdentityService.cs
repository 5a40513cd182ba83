using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Backlot.Data;
using Backlot.Domain.Productions;
using Backlot.Provenance;
using Backlot.Provenance.Audit;
using Backlot.Provenance.Keys;
using Backlot.Provenance.Signing;
using Backlot.Studio.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Backlot.Studio.Signing;

/// <summary>
/// Each production's C2PA signing identity: a root CA of its own and a signing certificate issued by it, made when the
/// production is created (or, for older productions, on first use). The signing key is sealed under the master key by
/// <see cref="ProductionKeyStore"/>; the root's private key signs the one certificate and is then thrown away, so nobody
/// can issue another certificate under the production's root. A studio may import its own chain instead.
/// </summary>
public sealed class SigningIdentityService(
    IDbContextFactory<BacklotDbContext> contexts,
    StudioDatabase database,
    ProductionKeyStore keys,
    AuditService audit,
    TimeProvider clock,
    ILogger<SigningIdentityService> log) : IDisposable
{
    private const int RootYears = 20;
    private const int LeafYears = 10;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConcurrentDictionary<(Guid Production, string KeyId), C2paSigningCredential> _credentials = new();

    // Every served image asks for its production's identity: it is read from the database at most once a minute
    // (a key imported by another process is seen within that minute).
    private readonly ConcurrentDictionary<Guid, (SigningIdentityView View, DateTimeOffset Until)> _views = new();
    private static readonly TimeSpan ViewLifetime = TimeSpan.FromMinutes(1);

    /// <summary>The production's identity, created first when it has none (or only a key without certificates, or an expired one).</summary>
    public async Task<SigningIdentityView> EnsureAsync(Guid productionId, CancellationToken cancellationToken = default)
    {
        if (_views.TryGetValue(productionId, out var known) && known.Until > clock.GetUtcNow() && known.View.NotAfter > clock.GetUtcNow())
            return known.View;
        var view = await LoadOrCreateAsync(productionId, cancellationToken);
        _views[productionId] = (view, clock.GetUtcNow() + ViewLifetime);
        return view;
    }

    private async Task<SigningIdentityView> LoadOrCreateAsync(Guid productionId, CancellationToken cancellationToken)
    {
        var material = await keys.FindAsync(productionId, cancellationToken);
        if (Usable(material) is { } ready)
        {
            using (ready)
                return await SyncAsync(productionId, material!, ready, cancellationToken);
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            material = await keys.FindAsync(productionId, cancellationToken);
            if (Usable(material) is { } again)
            {
                using (again)
                    return await SyncAsync(productionId, material!, again, cancellationToken);
            }

            return await CreateAsync(productionId, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The credential that signs the production's exports (kept for the life of the process). Do not dispose it.</summary>
    public async Task<C2paSigningCredential> CredentialAsync(Guid productionId, CancellationToken cancellationToken = default)
    {
        var identity = await EnsureAsync(productionId, cancellationToken);
        if (_credentials.TryGetValue((productionId, identity.KeyId), out var cached))
            return cached;
        var key = await keys.LoadSigningKeyAsync(productionId, cancellationToken)
            ?? throw new StudioException(StudioErrorKind.Conflict, $"production {productionId} has no signing key");
        try
        {
            var credential = C2paSigningCredential.Create(key, C2paPem.ImportCertificates(identity.ChainPem));
            return _credentials.GetOrAdd((productionId, identity.KeyId), credential);
        }
        catch (ProvenanceException e)
        {
            key.Dispose();
            throw new StudioException(StudioErrorKind.Conflict, $"the signing identity of production {productionId} cannot sign: {e.Message}", e);
        }
    }

    /// <summary>The root certificate(s) a verifier should trust for this production's exports.</summary>
    public async Task<IReadOnlyList<X509Certificate2>> TrustAnchorsAsync(Guid productionId, CancellationToken cancellationToken = default)
    {
        var identity = await EnsureAsync(productionId, cancellationToken);
        return C2paPem.ImportCertificates(identity.RootPem);
    }

    /// <summary>
    /// Replaces the production's identity with the studio's own: a PEM chain (leaf first, up to the studio's root) and the
    /// leaf's EC P-256 private key. The old keys stay, so audit checkpoints they signed still verify.
    /// </summary>
    public async Task<SigningIdentityView> ImportAsync(Guid productionId, string chainPem, string keyPem, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chainPem);
        ArgumentNullException.ThrowIfNull(keyPem);
        C2paSigningCredential credential;
        try
        {
            credential = C2paPem.ImportCredential(chainPem, keyPem);
        }
        catch (ProvenanceException e)
        {
            throw new StudioException(StudioErrorKind.Invalid, $"the imported identity cannot sign C2PA manifests: {e.Message}", e);
        }

        using (credential.Key)
        {
            if (credential.Key.KeySize != 256)
                throw new StudioException(StudioErrorKind.Invalid, $"a production signs with ECDSA P-256 (ES256); the imported key has {credential.Key.KeySize} bits");
            var anchor = credential.Chain[^1];
            if (credential.Chain.Count == 1)
            {
                throw new StudioException(StudioErrorKind.Invalid,
                    "the chain holds only the signing certificate: add the certificates up to the studio's root (leaf first), so verifiers have an anchor to trust");
            }

            var view = await StoreAsync(productionId, credential, anchor, cancellationToken);
            await audit.AppendAsync(productionId, new AuditEvent
            {
                Actor = actor,
                Action = AuditActions.KeysImported,
                Details = JsonSerializer.Serialize(new { subject = view.Subject, certificateSha256 = view.CertificateSha256, rootSha256 = view.RootSha256, keyId = view.KeyId }),
            }, cancellationToken);
            return view;
        }
    }

    public void Dispose()
    {
        foreach (var credential in _credentials.Values)
            credential.Key.Dispose();
        _credentials.Clear();
        _gate.Dispose();
    }

    private async Task<SigningIdentityView> CreateAsync(Guid productionId, CancellationToken cancellationToken)
    {
        await database.EnsureReadyAsync(cancellationToken);
        string name;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            name = await db.Productions.Where(p => p.Id == productionId).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken)
                ?? throw StudioException.NotFound($"production {productionId}");
        }

        var root = C2paCertificateAuthority.CreateRoot(Organization(name), RootYears);
        using (root.Key)
        {
            var credential = C2paCertificateAuthority.IssueSigningCredential(root, $"{Organization(name)} signing", LeafYears);
            using (credential.Key)
            {
                var view = await StoreAsync(productionId, credential, root.Certificate, cancellationToken);
                log.LogInformation("Production {Production} signs as {Subject} (certificate {Sha})", name, view.Subject, view.CertificateSha256);
                return view;
            }
        }
    }

    private async Task<SigningIdentityView> StoreAsync(
        Guid productionId, C2paSigningCredential credential, X509Certificate2 anchor, CancellationToken cancellationToken)
    {
        var chainPem = C2paPem.ExportCertificates(credential.Chain.Any(c => c.RawData.AsSpan().SequenceEqual(anchor.RawData)) ? credential.Chain : [.. credential.Chain, anchor]);
        _views.TryRemove(productionId, out _);
        var material = await keys.SaveAsync(productionId, credential.Key, chainPem, C2paPem.ExportCertificates([anchor]), cancellationToken);
        return await SyncAsync(productionId, material, credential.Leaf, cancellationToken);
    }

    /// <summary>Keeps the production's <see cref="SigningIdentity"/> in step with its newest certificate.</summary>
    private async Task<SigningIdentityView> SyncAsync(Guid productionId, ProductionKeyMaterial material, X509Certificate2 leaf, CancellationToken cancellationToken)
    {
        var identity = new SigningIdentity(leaf.Subject, Sha256(leaf));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var production = await db.Productions.SingleOrDefaultAsync(p => p.Id == productionId, cancellationToken)
            ?? throw StudioException.NotFound($"production {productionId}");
        if (production.SigningIdentity != identity)
        {
            production.SigningIdentity = identity;
            await db.SaveChangesAsync(cancellationToken);
        }

        var roots = C2paPem.ImportCertificates(material.RootPem);
        using var root = roots[0];
        foreach (var other in roots.Skip(1))
            other.Dispose();
        return new SigningIdentityView(
            productionId, production.Name, leaf.Subject, leaf.Issuer, identity.CertificateSha256!, root.Subject, Sha256(root), material.KeyId,
            leaf.NotBefore.ToUniversalTime(), leaf.NotAfter.ToUniversalTime(), material.ChainPem, material.RootPem);
    }

    /// <summary>The leaf of stored material that can still sign, or null when the production needs a new identity.</summary>
    private X509Certificate2? Usable(ProductionKeyMaterial? material)
    {
        if (material is null || material.ChainPem.Length == 0 || material.RootPem.Length == 0)
            return null;
        try
        {
            var chain = C2paPem.ImportCertificates(material.ChainPem);
            foreach (var certificate in chain.Skip(1).Concat(C2paPem.ImportCertificates(material.RootPem)))
                certificate.Dispose();
            var leaf = chain[0];
            using var publicKey = leaf.GetECDsaPublicKey();
            if (C2paCertificateProfile.Check(leaf, clock.GetUtcNow()).Count == 0
                && publicKey is not null && publicKey.ExportSubjectPublicKeyInfo().AsSpan().SequenceEqual(material.PublicKey))
                return leaf;
            leaf.Dispose();
            return null;
        }
        catch (ProvenanceException)
        {
            return null;
        }
    }

    private static string Organization(string productionName) => productionName.Trim() is { Length: > 0 } n ? n : "Backlot production";

    private static string Sha256(X509Certificate2 certificate) => Convert.ToHexStringLower(SHA256.HashData(certificate.RawData));
}
