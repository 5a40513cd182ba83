using Backlot.Provenance.Audit;

namespace Backlot.Provenance.Tests.Audit;

public sealed class AuditChainTests
{
    [Fact]
    public void Next_FirstEntry_StartsAtOneFromTheProductionsGenesis()
    {
        var production = Guid.NewGuid();
        var entry = AuditChain.Next(production, null, SampleLog.Event(0), SampleLog.Start);
        Assert.Equal(1, entry.Sequence);
        Assert.Equal(AuditChain.Genesis(production), entry.PreviousHash);
        Assert.Equal(AuditChain.ComputeHash(entry), entry.Hash);
    }

    [Fact]
    public void Next_LinksEachEntryToThePreviousHash()
    {
        using var log = new SampleLog(3);
        Assert.Equal(log.Entries[0].Hash, log.Entries[1].PreviousHash);
        Assert.Equal(log.Entries[1].Hash, log.Entries[2].PreviousHash);
        Assert.Equal([1L, 2L, 3L], log.Entries.Select(e => e.Sequence));
    }

    [Fact]
    public void Genesis_DiffersPerProduction()
    {
        Assert.NotEqual(AuditChain.Genesis(Guid.NewGuid()), AuditChain.Genesis(Guid.NewGuid()));
    }

    [Fact]
    public void Next_KeepsWholeMicrosecondsInUtc()
    {
        var time = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromHours(2)).AddTicks(12_345_678);
        var entry = AuditChain.Next(Guid.NewGuid(), null, SampleLog.Event(0), time);
        Assert.Equal(TimeSpan.Zero, entry.Time.Offset);
        Assert.Equal(0, entry.Time.UtcTicks % 10);
        Assert.Equal(time.UtcTicks - 8, entry.Time.UtcTicks);
    }

    [Fact]
    public void CanonicalForm_DependsOnEveryField()
    {
        using var log = new SampleLog(1);
        var e = log.Entries[0];
        var canonical = AuditCanonicalForm.Entry(e);
        Assert.NotEqual(canonical, AuditCanonicalForm.Entry(SampleLog.Copy(e, actor: e.Actor + "x")));
        Assert.NotEqual(canonical, AuditCanonicalForm.Entry(SampleLog.Copy(e, sequence: 2)));
        Assert.NotEqual(canonical, AuditCanonicalForm.Entry(SampleLog.Copy(e, time: e.Time.AddTicks(1))));
        Assert.NotEqual(canonical, AuditCanonicalForm.Entry(SampleLog.Copy(e, details: "{}")));
        Assert.Equal(canonical, AuditCanonicalForm.Entry(SampleLog.Copy(e)));
    }

    [Fact]
    public void Canonicalform_SeparatesListItems()
    {
        var production = Guid.NewGuid();
        var a = AuditChain.Next(production, null, SampleLog.Event(0) with { SubjectIds = ["ab", "c"] }, SampleLog.Start);
        var b = AuditChain.Next(production, null, SampleLog.Event(0) with { SubjectIds = ["a", "bc"] }, SampleLog.Start);
        Assert.NotEqual(a.Hash, b.Hash);
    }

    [Theory]
    [InlineData("", "export.frame", null, "the actor must be")]
    [InlineData("ana", "export.frame", "{not json", "details are not a JSON document")]
    [InlineData("ana", "", null, "the action must be")]
    public void Next_BadEvent_IsRefusedWithTheField(string actor, string action, string? details, string message)
    {
        var what = new AuditEvent { Actor = actor, Action = action, Details = details };
        var error = Assert.Throws<ProvenanceException>(() => AuditChain.Next(Guid.NewGuid(), null, what, SampleLog.Start));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Next_AssetHashThatIsNotSha256_IsRefused()
    {
        var what = SampleLog.Event(0) with { AssetSha256s = ["ABC"] };
        var error = Assert.Throws<ProvenanceException>(() => AuditChain.Next(Guid.NewGuid(), null, what, SampleLog.Start));
        Assert.Contains("'ABC' is not a lower-case hex SHA-256", error.Message, StringComparison.Ordinal);
    }
}
