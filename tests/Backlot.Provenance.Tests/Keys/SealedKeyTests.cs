using System.Security.Cryptography;
using Backlot.Provenance.Keys;

namespace Backlot.Provenance.Tests.Keys;

public sealed class SealedKeyTests
{
    [Fact]
    public void Open_WithTheSameMasterKeyAndContext_GivesBackThePkcs8()
    {
        using var master = MasterKey.Generate();
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var pkcs8 = key.ExportPkcs8PrivateKey();
        var sealedKey = SealedKey.Seal(master, pkcs8, "production-1");
        Assert.Equal(pkcs8, SealedKey.Open(master, sealedKey, "production-1"));
        Assert.Equal(master.Id, SealedKey.MasterKeyIdOf(sealedKey));
        Assert.Equal(-1, sealedKey.AsSpan().IndexOf(pkcs8.AsSpan(pkcs8.Length - 32)));
    }

    [Fact]
    public void Open_WithAnotherMasterKey_SaysWhichKeyItNeeds()
    {
        using var master = MasterKey.Generate();
        using var other = MasterKey.Generate();
        var sealedKey = SealedKey.Seal(master, [1, 2, 3], "p");
        var error = Assert.Throws<ProvenanceException>(() => SealedKey.Open(other, sealedKey, "p"));
        Assert.Contains($"sealed with master key {master.Id}", error.Message, StringComparison.Ordinal);
        Assert.Contains("BACKLOT_MASTER_KEY", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_UnderAnotherProduction_IsRefused()
    {
        using var master = MasterKey.Generate();
        var sealedKey = SealedKey.Seal(master, [1, 2, 3], "production-1");
        var error = Assert.Throws<ProvenanceException>(() => SealedKey.Open(master, sealedKey, "production-2"));
        Assert.Contains("does not decrypt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_ChangedCiphertext_IsRefused()
    {
        using var master = MasterKey.Generate();
        var sealedKey = SealedKey.Seal(master, [1, 2, 3, 4], "p");
        sealedKey[^1] ^= 1;
        Assert.Throws<ProvenanceException>(() => SealedKey.Open(master, sealedKey, "p"));
    }

    [Fact]
    public void Open_BytesThatAreNotASealedKey_AreRefused()
    {
        using var master = MasterKey.Generate();
        var error = Assert.Throws<ProvenanceException>(() => SealedKey.Open(master, new byte[80], "p"));
        Assert.Contains("not a sealed Backlot key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_UnknownVersion_IsRefused()
    {
        using var master = MasterKey.Generate();
        var sealedKey = SealedKey.Seal(master, [1], "p");
        sealedKey[4] = 9;
        var error = Assert.Throws<ProvenanceException>(() => SealedKey.Open(master, sealedKey, "p"));
        Assert.Contains("format version 9", error.Message, StringComparison.Ordinal);
    }
}
