using System.Security.Cryptography;
using Backlot.Domain.Productions;
using Backlot.Imaging;
using Backlot.Imaging.Formats.Png;
using Backlot.Provenance.C2pa;
using Backlot.Provenance.Signing;
using Backlot.Studio.Audit;
using Backlot.Studio.Productions;
using Backlot.Studio.Signing;
using Backlot.Studio.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Backlot.Studio.Tests.Signing;

public sealed class SigningIdentityTests
{
    private static CancellationToken Ct => StudioHarness.Ct;

    [Fact]
    public async Task NewProduction_GetsARootAndASigningCertificate_SealedInTheKeyStore()
    {
        await using var studio = StudioHarness.Create();

        var (production, created) = await studio.Get<ProductionService>().GetOrCreateAsync("Harbour Lights", Ct);

        Assert.True(created);
        Assert.False(production.SigningIdentity.IsPlaceholder);
        var material = await studio.Get<ProductionKeyStore>().FindAsync(production.Id, Ct);
        Assert.NotNull(material);
        var chain = C2paPem.ImportCertificates(material.ChainPem);
        var root = Assert.Single(C2paPem.ImportCertificates(material.RootPem));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(chain[0].RawData)), production.SigningIdentity.CertificateSha256);
        Assert.Equal(chain[0].Subject, production.SigningIdentity.Subject);
        Assert.Contains("Harbour Lights", chain[0].Subject, StringComparison.Ordinal);
        Assert.Equal(root.Subject, chain[0].Issuer);
        await using var db = await studio.OpenDbAsync();
        var stored = await db.Productions.AsNoTracking().SingleAsync(p => p.Id == production.Id, Ct);
        Assert.Equal(production.SigningIdentity, stored.SigningIdentity);
    }

    [Fact]
    public async Task ScriptImport_CreatesTheIdentityToo()
    {
        await using var studio = StudioHarness.Create();

        var import = await studio.ImportSampleAsync();

        await using var db = await studio.OpenDbAsync();
        var production = await db.Productions.AsNoTracking().SingleAsync(p => p.Id == import.ProductionId, Ct);
        Assert.False(production.SigningIdentity.IsPlaceholder);
        Assert.Equal(1, await db.ProductionKeys.CountAsync(k => k.ProductionId == import.ProductionId, Ct));
    }

    [Fact]
    public async Task OlderProductionWithoutKeys_GetsThemOnFirstUse()
    {
        await using var studio = StudioHarness.Create();
        var old = await OlderProductionAsync(studio, "Before Keys");

        var identity = await studio.Get<SigningIdentityService>().EnsureAsync(old, Ct);
        var again = await studio.Get<SigningIdentityService>().EnsureAsync(old, Ct);

        Assert.Equal(identity.CertificateSha256, again.CertificateSha256);
        await using var db = await studio.OpenDbAsync();
        var production = await db.Productions.AsNoTracking().SingleAsync(p => p.Id == old, Ct);
        Assert.Equal(new SigningIdentity(identity.Subject, identity.CertificateSha256), production.SigningIdentity);
    }

    [Fact]
    public async Task Credential_SignsAFrameThatIsTrustedUnderTheProductionRoot()
    {
        await using var studio = StudioHarness.Create();
        var (production, _) = await studio.Get<ProductionService>().GetOrCreateAsync("Trust Me", Ct);
        var identities = studio.Get<SigningIdentityService>();

        var credential = await identities.CredentialAsync(production.Id, Ct);
        var signed = C2paSigner.Sign(PngEncoder.Encode(new RgbaImage(16, 9)), new C2paManifestDefinition("f.png", "Backlot", "test",
            [new C2paAction(C2paActionNames.Created, DigitalSourceType.AlgorithmicMedia)]), credential);

        Assert.Equal(C2paValidationState.Valid, C2paReader.Read(signed).State);
        Assert.Equal(C2paValidationState.Trusted, C2paReader.Read(signed, await identities.TrustAnchorsAsync(production.Id, Ct)).State);
    }

    [Fact]
    public async Task Import_TheStudiosOwnChain_ReplacesTheIdentity_AndIsAudited()
    {
        await using var studio = StudioHarness.Create();
        var (production, _) = await studio.Get<ProductionService>().GetOrCreateAsync("Imported", Ct);
        var root = C2paCertificateAuthority.CreateRoot("Studio Nine");
        var credential = C2paCertificateAuthority.IssueSigningCredential(root, "Studio Nine signing");

        var identity = await studio.Get<SigningIdentityService>().ImportAsync(
            production.Id, C2paPem.ExportCertificates(credential.Chain), C2paPem.ExportKey(credential.Key), "tester", Ct);

        Assert.Equal(credential.Leaf.Subject, identity.Subject);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(root.Certificate.RawData)), identity.RootSha256);
        var signing = await studio.Get<SigningIdentityService>().CredentialAsync(production.Id, Ct);
        Assert.Equal(credential.Leaf.RawData, signing.Leaf.RawData);
        var entry = Assert.Single(await studio.Get<AuditService>().ListAsync(production.Id, cancellationToken: Ct));
        Assert.Equal("keys.imported", entry.Action);
    }

    [Fact]
    public async Task Import_ASelfSignedLeaf_IsRefusedSayingWhy()
    {
        await using var studio = StudioHarness.Create();
        var (production, _) = await studio.Get<ProductionService>().GetOrCreateAsync("Self Signed", Ct);
        var root = C2paCertificateAuthority.CreateRoot("Lone Wolf");

        var e = await Assert.ThrowsAsync<StudioException>(() => studio.Get<SigningIdentityService>().ImportAsync(
            production.Id, C2paPem.ExportCertificates([root.Certificate]), C2paPem.ExportKey(root.Key), "tester", Ct));

        Assert.Equal(StudioErrorKind.Invalid, e.Kind);
        Assert.Contains("self-signed", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_AKeyThatIsNotTheLeafs_IsRefused()
    {
        await using var studio = StudioHarness.Create();
        var (production, _) = await studio.Get<ProductionService>().GetOrCreateAsync("Wrong Key", Ct);
        var root = C2paCertificateAuthority.CreateRoot("Studio Nine");
        var credential = C2paCertificateAuthority.IssueSigningCredential(root, "Studio Nine signing");
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        var e = await Assert.ThrowsAsync<StudioException>(() => studio.Get<SigningIdentityService>().ImportAsync(
            production.Id, C2paPem.ExportCertificates(credential.Chain), C2paPem.ExportKey(other), "tester", Ct));

        Assert.Contains("does not belong to the certificate", e.Message, StringComparison.Ordinal);
    }

    private static async Task<Guid> OlderProductionAsync(StudioHarness studio, string name)
    {
        await using var db = await studio.OpenDbAsync();
        var production = new Production { Name = name, Slug = Production.SlugFor(name), SigningIdentity = SigningIdentity.PlaceholderFor(name) };
        db.Productions.Add(production);
        await db.SaveChangesAsync(Ct);
        return production.Id;
    }
}
