using System.Security.Cryptography;
using Backlot.Data;
using Backlot.Provenance;
using Backlot.Provenance.Audit;
using Backlot.Provenance.Keys;
using Microsoft.EntityFrameworkCore;

namespace Backlot.Studio.Audit;

/// <summary>
/// A production's signing keys: the private key sealed under the master key, its public key and certificates.
/// A production may hold several keys (after a rotation); the newest signs, all of them verify.
/// </summary>
public sealed class ProductionKeyStore(IDbContextFactory<BacklotDbContext> contexts, StudioDatabase database, MasterKeyProvider masterKey)
{
    /// <summary>Seals and stores <paramref name="key"/> (ECDSA P-256) with the certificates made for it; saving the same key again changes nothing.</summary>
    public async Task<ProductionKeyMaterial> SaveAsync(Guid productionId, ECDsa key, string chainPem = "", string rootPem = "", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(chainPem);
        ArgumentNullException.ThrowIfNull(rootPem);
        if (key.KeySize != 256)
            throw new StudioException(StudioErrorKind.Invalid, $"a production signs with ECDSA P-256; this key has {key.KeySize} bits");

        await database.EnsureReadyAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Productions.AnyAsync(p => p.Id == productionId, cancellationToken))
            throw StudioException.NotFound($"production {productionId}");
        var keyId = KeyIds.Of(key);
        var existing = await db.ProductionKeys.AsNoTracking()
            .SingleOrDefaultAsync(k => k.ProductionId == productionId && k.KeyId == keyId, cancellationToken);
        if (existing is not null)
            return existing;

        var pkcs8 = key.ExportPkcs8PrivateKey();
        try
        {
            var material = new ProductionKeyMaterial
            {
                ProductionId = productionId,
                KeyId = keyId,
                EncryptedKey = SealedKey.Seal(masterKey.Key, pkcs8, Context(productionId)),
                PublicKey = key.ExportSubjectPublicKeyInfo(),
                ChainPem = chainPem,
                RootPem = rootPem,
            };
            db.ProductionKeys.Add(material);
            await db.SaveChangesAsync(cancellationToken);
            return material;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(pkcs8);
        }
    }

    /// <summary>The newest key material of the production, or null when it has none yet.</summary>
    public async Task<ProductionKeyMaterial?> FindAsync(Guid productionId, CancellationToken cancellationToken = default)
    {
        await database.EnsureReadyAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var all = await db.ProductionKeys.AsNoTracking().Where(k => k.ProductionId == productionId).ToListAsync(cancellationToken);
        return all.OrderByDescending(k => k.CreatedAt).ThenByDescending(k => k.Id).FirstOrDefault();
    }

    /// <summary>The newest private key, opened with the master key; null when the production has none. The caller disposes it.</summary>
    public async Task<ECDsa?> LoadSigningKeyAsync(Guid productionId, CancellationToken cancellationToken = default)
    {
        var material = await FindAsync(productionId, cancellationToken);
        if (material is null)
            return null;
        byte[] pkcs8;
        try
        {
            pkcs8 = SealedKey.Open(masterKey.Key, material.EncryptedKey, Context(productionId));
        }
        catch (ProvenanceException e)
        {
            throw new StudioException(StudioErrorKind.Refused, $"the signing key of production {productionId} cannot be opened: {e.Message}", e);
        }

        try
        {
            var key = ECDsa.Create();
            key.ImportPkcs8PrivateKey(pkcs8, out _);
            return key;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(pkcs8);
        }
    }

    /// <summary>Every public key the production has had: what its checkpoints verify against. Needs no master key.</summary>
    public async Task<AuditKeyRing> PublicKeysAsync(Guid productionId, CancellationToken cancellationToken = default)
    {
        await database.EnsureReadyAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var publicKeys = await db.ProductionKeys.AsNoTracking().Where(k => k.ProductionId == productionId)
            .Select(k => k.PublicKey).ToListAsync(cancellationToken);
        var ring = new AuditKeyRing();
        foreach (var publicKey in publicKeys)
            ring.AddPublicKey(publicKey);
        return ring;
    }

    /// <summary>Binds a sealed key to its production: a blob copied to another production's row does not open.</summary>
    private static string Context(Guid productionId) => $"backlot.production-key:{productionId:D}";
}
