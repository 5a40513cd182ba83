using System.Security.Cryptography;
using Backlot.Provenance.Audit;

namespace Backlot.Provenance.Tests.Audit;

public sealed class AuditLogVerifierTests
{
    [Fact]
    public void Verify_UntouchedLog_IsIntactAndSignedToTheHead()
    {
        using var log = new SampleLog(12, checkpointEvery: 5);
        var result = log.Verify();
        Assert.True(result.IsIntact, result.FirstDamage?.Message);
        Assert.Equal(12, result.Entries);
        Assert.Equal(3, result.Checkpoints);
        Assert.Equal(12, result.SignedThrough);
        Assert.Equal(log.Entries[^1].Hash, result.HeadHash);
    }

    [Fact]
    public void Verify_EmptyLog_IsIntact()
    {
        using var log = new SampleLog(0);
        Assert.True(log.Verify().IsIntact);
    }

    [Fact]
    public void Verify_EditedEntry_NamesItAsEdited()
    {
        using var log = new SampleLog(12);
        log.Entries[6] = SampleLog.Copy(log.Entries[6], actor: "mallory");
        AssertDamage(log.Verify(), AuditDamageKind.Edited, 7);
    }

    [Fact]
    public void Verify_DeletedEntry_NamesTheMissingSequence()
    {
        using var log = new SampleLog(12);
        log.Entries.RemoveAt(3);
        AssertDamage(log.Verify(), AuditDamageKind.Deleted, 4);
    }

    [Fact]
    public void Verify_SwappedEntries_NamesTheFirstAsReordered()
    {
        using var log = new SampleLog(12);
        (log.Entries[4], log.Entries[5]) = (log.Entries[5], log.Entries[4]);
        AssertDamage(log.Verify(), AuditDamageKind.Reordered, 5);
    }

    [Fact]
    public void Verify_SwappedContentsUnderTheSameNumbers_IsReordered()
    {
        // What swapping two rows' sequence numbers in the database looks like when read back in sequence order.
        using var log = new SampleLog(12);
        var (a, b) = (log.Entries[4], log.Entries[8]);
        log.Entries[4] = SampleLog.Copy(b, sequence: a.Sequence);
        log.Entries[8] = SampleLog.Copy(a, sequence: b.Sequence);
        AssertDamage(log.Verify(), AuditDamageKind.Reordered, 5);
    }

    [Fact]
    public void Verify_TruncatedBelowTheLastCheckpoint_NamesTheFirstMissingEntry()
    {
        using var log = new SampleLog(12, checkpointEvery: 5);
        log.Entries.RemoveRange(9, 3);
        AssertDamage(log.Verify(), AuditDamageKind.Truncated, 10);
    }

    [Fact]
    public void Verify_TruncatedAndWrittenAgain_IsRewrittenSinceTheLastGoodCheckpoint()
    {
        using var log = new SampleLog(10, checkpointEvery: 5);
        log.Entries.RemoveRange(7, 3);
        for (var i = 0; i < 3; i++)
            log.Entries.Add(AuditChain.Next(log.ProductionId, log.Entries[^1], SampleLog.Event(100 + i), SampleLog.Start.AddHours(1)));
        AssertDamage(log.Verify(), AuditDamageKind.Rewritten, 6);
    }

    [Fact]
    public void Verify_ForgedCheckpoint_IsABadSignature()
    {
        using var log = new SampleLog(12, checkpointEvery: 5);
        using var forger = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var forged = AuditCheckpoints.Sign(log.Entries[9], SampleLog.Start, forger);
        // The forger claims the production's key id; the signature gives it away.
        log.Checkpoints[1] = new AuditCheckpoint
        {
            ProductionId = forged.ProductionId,
            Sequence = forged.Sequence,
            HeadHash = forged.HeadHash,
            Time = forged.Time,
            KeyId = log.Checkpoints[1].KeyId,
            Signature = forged.Signature,
        };
        AssertDamage(log.Verify(), AuditDamageKind.BadCheckpointSignature, 10);
    }

    [Fact]
    public void Verify_CheckpointByAnUnknownKey_IsABadSignature()
    {
        using var log = new SampleLog(6, checkpointEvery: 5);
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        log.Checkpoints.Add(AuditCheckpoints.Sign(log.Entries[2], SampleLog.Start, other));
        var result = log.Verify();
        AssertDamage(result, AuditDamageKind.BadCheckpointSignature, 3);
        Assert.Contains("not a key of this production", result.FirstDamage!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_CheckpointWithAChangedHead_IsABadSignature()
    {
        using var log = new SampleLog(10, checkpointEvery: 5);
        var c = log.Checkpoints[0];
        log.Checkpoints[0] = new AuditCheckpoint
        {
            ProductionId = c.ProductionId, Sequence = c.Sequence, HeadHash = log.Entries[3].Hash, Time = c.Time, KeyId = c.KeyId, Signature = c.Signature,
        };
        AssertDamage(log.Verify(), AuditDamageKind.BadCheckpointSignature, 5);
    }

    [Fact]
    public void Verify_RewrittenWithRecomputedHashes_IsCaughtByTheCheckpoint()
    {
        using var log = new SampleLog(10, checkpointEvery: 5);
        var rewritten = new List<AuditEntry>(log.Entries[..6]);
        for (var i = 6; i < 10; i++)
            rewritten.Add(AuditChain.Next(log.ProductionId, rewritten[^1], SampleLog.Event(i) with { Actor = "mallory" }, log.Entries[i].Time));
        log.Entries.Clear();
        log.Entries.AddRange(rewritten);
        AssertDamage(log.Verify(), AuditDamageKind.Rewritten, 6);
    }

    [Fact]
    public void Verify_EditedEntryBeforeAForgedCheckpoint_ReportsTheEarlierDamage()
    {
        using var log = new SampleLog(12, checkpointEvery: 5);
        log.Entries[1] = SampleLog.Copy(log.Entries[1], details: """{"frame":99}""");
        log.Checkpoints[1] = log.Checkpoints[0];
        AssertDamage(log.Verify(), AuditDamageKind.Edited, 2);
    }

    [Fact]
    public void Verify_TrustsTheKeyOfACertificate()
    {
        using var log = new SampleLog(5);
        var request = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=Test Production", log.Key, HashAlgorithmName.SHA256);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        using var keys = new AuditKeyRing().AddLeafOf(certificate.ExportCertificatePem());
        Assert.True(AuditLogVerifier.Verify(log.ProductionId, log.Entries, log.Checkpoints, keys).IsIntact);
    }

    [Fact]
    public void Sign_KeyThatIsNotP256_IsRefused()
    {
        using var log = new SampleLog(1);
        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        Assert.Throws<ProvenanceException>(() => AuditCheckpoints.Sign(log.Entries[0], SampleLog.Start, p384));
    }

    private static void AssertDamage(AuditVerification result, AuditDamageKind kind, long sequence)
    {
        Assert.False(result.IsIntact);
        Assert.Equal((kind, sequence), (result.FirstDamage!.Kind, result.FirstDamage.Sequence));
    }
}
