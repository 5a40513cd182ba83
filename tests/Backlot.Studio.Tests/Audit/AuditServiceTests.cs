using System.Security.Cryptography;
using Backlot.Domain.Productions;
using Backlot.Provenance.Audit;
using Backlot.Provenance.Keys;
using Backlot.Studio.Audit;
using Backlot.Studio.Productions;
using Backlot.Studio.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Backlot.Studio.Tests.Audit;

public sealed class AuditServiceTests : IDisposable
{
    private readonly MasterKey _masterKey = MasterKey.Generate();
    private readonly ECDsa _productionKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    private static CancellationToken Ct => StudioHarness.Ct;

    [Fact]
    public async Task Append_ChainsEntriesAndSignsEveryNth_AndTheLogVerifies()
    {
        await using var studio = AuditStudio.Create(_masterKey, checkpointEvery: 3);
        var production = await NewProductionAsync(studio, withKey: true);
        var audit = studio.Get<AuditService>();
        for (var i = 0; i < 7; i++)
            await audit.AppendAsync(production, Export(i), Ct);

        var entries = await audit.ListAsync(production, cancellationToken: Ct);
        Assert.Equal([1L, 2L, 3L, 4L, 5L, 6L, 7L], entries.Select(e => e.Sequence));
        Assert.Equal([3L, 6L], (await audit.CheckpointsAsync(production, Ct)).Select(c => c.Sequence));
        var result = await audit.VerifyAsync(production, cancellationToken: Ct);
        Assert.True(result.IsIntact, result.FirstDamage?.Message);
        Assert.Equal((7L, 6L, 1L), (result.Entries, result.SignedThrough, result.Unsigned));
    }

    [Fact]
    public async Task Append_ManyWritersAtOnce_KeepOneChain()
    {
        await using var studio = AuditStudio.Create(_masterKey, checkpointEvery: 5);
        var production = await NewProductionAsync(studio, withKey: true);
        var audit = studio.Get<AuditService>();
        await Task.WhenAll(Enumerable.Range(0, 24).Select(i => Task.Run(() => audit.AppendAsync(production, Export(i), Ct), Ct)));

        var entries = await audit.ListAsync(production, cancellationToken: Ct);
        Assert.Equal(Enumerable.Range(1, 24).Select(i => (long)i), entries.Select(e => e.Sequence));
        Assert.Equal(24, entries.Select(e => e.Details).Distinct().Count());
        Assert.True((await audit.VerifyAsync(production, cancellationToken: Ct)).IsIntact);
    }

    [Fact]
    public async Task Verify_RowEditedInTheDatabase_NamesTheEntry()
    {
        await using var studio = AuditStudio.Create(_masterKey, checkpointEvery: 4);
        var production = await NewProductionAsync(studio, withKey: true);
        var audit = studio.Get<AuditService>();
        for (var i = 0; i < 6; i++)
            await audit.AppendAsync(production, Export(i), Ct);

        await using (var db = await studio.OpenDbAsync())
        {
            await db.Database.ExecuteSqlAsync(
                $"UPDATE AuditEntries SET Actor = 'mallory' WHERE ProductionId = {production} AND Sequence = 5", Ct);
        }

        var result = await audit.VerifyAsync(production, cancellationToken: Ct);
        Assert.Equal((AuditDamageKind.Edited, 5L), (result.FirstDamage?.Kind, result.FirstDamage?.Sequence));
    }

    [Fact]
    public async Task Verify_RowsDeletedFromTheEndOfASignedLog_IsTruncated()
    {
        await using var studio = AuditStudio.Create(_masterKey);
        var production = await NewProductionAsync(studio, withKey: true);
        var audit = studio.Get<AuditService>();
        for (var i = 0; i < 5; i++)
            await audit.AppendAsync(production, Export(i), Ct);
        var checkpoint = await audit.CheckpointAsync(production, Ct);
        Assert.Equal(5, checkpoint.Sequence);
        Assert.Equal(checkpoint.Signature, (await audit.CheckpointAsync(production, Ct)).Signature);

        await using (var db = await studio.OpenDbAsync())
            await db.AuditEntries.Where(e => e.ProductionId == production && e.Sequence >= 4).ExecuteDeleteAsync(Ct);

        var result = await audit.VerifyAsync(production, cancellationToken: Ct);
        Assert.Equal((AuditDamageKind.Truncated, 4L), (result.FirstDamage?.Kind, result.FirstDamage?.Sequence));
    }

    [Fact]
    public async Task Checkpoint_WithoutAKey_IsAConflict()
    {
        await using var studio = AuditStudio.Create(_masterKey);
        var production = await NewProductionAsync(studio, withKey: false);
        await studio.Get<AuditService>().AppendAsync(production, Export(0), Ct);
        var error = await Assert.ThrowsAsync<StudioException>(() => studio.Get<AuditService>().CheckpointAsync(production, Ct));
        Assert.Equal(StudioErrorKind.Conflict, error.Kind);
    }

    [Fact]
    public async Task Append_BadEvent_IsInvalid()
    {
        await using var studio = AuditStudio.Create(_masterKey);
        var production = await NewProductionAsync(studio, withKey: false);
        var error = await Assert.ThrowsAsync<StudioException>(() =>
            studio.Get<AuditService>().AppendAsync(production, Export(0) with { Details = "{oops" }, Ct));
        Assert.Equal(StudioErrorKind.Invalid, error.Kind);
    }

    [Fact]
    public async Task KeyStore_KeepsTheKeySealed_AndOpensItWithTheMasterKey()
    {
        await using var studio = AuditStudio.Create(_masterKey);
        var production = await NewProductionAsync(studio, withKey: true);
        var store = studio.Get<ProductionKeyStore>();

        var material = await store.FindAsync(production, Ct);
        Assert.NotNull(material);
        var pkcs8 = _productionKey.ExportPkcs8PrivateKey();
        Assert.Equal(-1, material.EncryptedKey.AsSpan().IndexOf(pkcs8.AsSpan(pkcs8.Length - 32)));
        Assert.Equal(_masterKey.Id, SealedKey.MasterKeyIdOf(material.EncryptedKey));
        using var loaded = await store.LoadSigningKeyAsync(production, Ct);
        Assert.Equal(_productionKey.ExportSubjectPublicKeyInfo(), loaded!.ExportSubjectPublicKeyInfo());
        Assert.Equal("-----BEGIN CERTIFICATE-----chain", material.ChainPem);
    }

    [Fact]
    public async Task KeyStore_WithAnotherMasterKey_RefusesWithAClearError()
    {
        await using var studio = AuditStudio.Create(_masterKey);
        var production = await NewProductionAsync(studio, withKey: true);
        var material = await studio.Get<ProductionKeyStore>().FindAsync(production, Ct);

        // The same database opened with another master key (a lost or wrong BACKLOT_MASTER_KEY).
        using var other = MasterKey.Generate();
        await using var wrong = AuditStudio.Create(other);
        var (copy, _) = await wrong.Get<ProductionService>().GetOrCreateAsync("Copied", Ct);
        await using (var db = await wrong.OpenDbAsync())
        {
            db.ProductionKeys.Add(new ProductionKeyMaterial
            {
                ProductionId = copy.Id, KeyId = material!.KeyId, EncryptedKey = material.EncryptedKey, PublicKey = material.PublicKey,
            });
            await db.SaveChangesAsync(Ct);
        }

        var error = await Assert.ThrowsAsync<StudioException>(() => wrong.Get<ProductionKeyStore>().LoadSigningKeyAsync(copy.Id, Ct));
        Assert.Equal(StudioErrorKind.Refused, error.Kind);
        Assert.Contains($"sealed with master key {_masterKey.Id}", error.Message, StringComparison.Ordinal);
    }

    private async Task<Guid> NewProductionAsync(StudioHarness studio, bool withKey)
    {
        if (!withKey)
        {
            // A production as an older Backlot left it: made before productions had signing keys.
            await using var db = await studio.OpenDbAsync();
            var name = "Audit " + Guid.NewGuid().ToString("N")[..8];
            var old = new Production { Name = name, Slug = Production.SlugFor(name), SigningIdentity = SigningIdentity.PlaceholderFor(name) };
            db.Productions.Add(old);
            await db.SaveChangesAsync(Ct);
            return old.Id;
        }

        var (production, _) = await studio.Get<ProductionService>().GetOrCreateAsync("Audit " + Guid.NewGuid().ToString("N")[..8], Ct);
        await studio.Get<ProductionKeyStore>().SaveAsync(production.Id, _productionKey, "-----BEGIN CERTIFICATE-----chain", "", Ct);
        return production.Id;
    }

    private static AuditEvent Export(int i) => new()
    {
        Actor = "editor@studio",
        Action = AuditActions.ExportFrame,
        SubjectIds = [$"shot-{i}"],
        AssetSha256s = [Convert.ToHexStringLower(SHA256.HashData([(byte)i]))],
        Details = $$"""{"frame":{{i}}}""",
    };

    public void Dispose()
    {
        _masterKey.Dispose();
        _productionKey.Dispose();
    }
}
