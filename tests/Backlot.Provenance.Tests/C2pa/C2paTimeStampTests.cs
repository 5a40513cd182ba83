using System.Security.Cryptography.Cose;
using System.Security.Cryptography.Pkcs;
using Backlot.Provenance.C2pa;
using Backlot.Provenance.C2pa.Jumbf;
using Backlot.Provenance.Tests.Support;
using Backlot.Provenance.Tests.TimeStamps;
using Backlot.Provenance.TimeStamps;

namespace Backlot.Provenance.Tests.C2pa;

/// <summary>C2PA v2 time-stamps (sigTst2) from a time-stamp authority, as our own reader sees them.</summary>
public sealed class C2paTimeStampTests
{
    private static readonly HttpClient Http = new();

    [Fact]
    public async Task SignAsync_WithAuthority_PutsATokenOverTheSignatureInSigTst2()
    {
        await using var tsa = new FakeTimeStampAuthority();

        var signed = await C2paSigner.SignAsync(C2paFixtures.Png(), C2paFixtures.Manifest(), C2paFixtures.Credential, Client(tsa), TestContext.Current.CancellationToken);

        var message = Signature(signed);
        Assert.True(message.UnprotectedHeaders.TryGetValue(new CoseHeaderLabel("sigTst2"), out _));
        var token = TokenOf(message);
        var countersigned = CoseTimeStamp.CountersignedBytes(message.RawProtectedHeaders.Span, message.Signature.Span);
        Assert.True(token.VerifySignatureForData(countersigned, out _));
    }

    [Fact]
    public async Task SignAsync_WithAuthority_IsTrustedByOurReaderAndDatedByTheToken()
    {
        await using var tsa = new FakeTimeStampAuthority();

        var signed = await C2paSigner.SignAsync(C2paFixtures.Png(), C2paFixtures.Manifest(), C2paFixtures.Credential, Client(tsa), TestContext.Current.CancellationToken);

        var result = C2paReader.Read(signed, [C2paFixtures.Root.Certificate]);
        Assert.True(result.State == C2paValidationState.Trusted, string.Join("; ", result.Failures));
        Assert.Equal(TokenOf(Signature(signed)).TokenInfo.Timestamp, result.Manifest!.SigningTime);
    }

    [Fact]
    public async Task SignAsync_WithAuthority_SignsJpegToo()
    {
        await using var tsa = new FakeTimeStampAuthority();

        var signed = await C2paSigner.SignAsync(C2paFixtures.Jpeg(), C2paFixtures.Manifest(), C2paFixtures.Credential, Client(tsa), TestContext.Current.CancellationToken);

        Assert.Equal(C2paValidationState.Trusted, C2paReader.Read(signed, [C2paFixtures.Root.Certificate]).State);
    }

    [Fact]
    public async Task SignAsync_TokenLargerThanExpected_ReservesMoreAndAsksOnceMore()
    {
        await using var tsa = new FakeTimeStampAuthority();
        var underestimating = new UnderestimatingAuthority(Client(tsa));

        var signed = await C2paSigner.SignAsync(C2paFixtures.Png(), C2paFixtures.Manifest(), C2paFixtures.Credential, underestimating, TestContext.Current.CancellationToken);

        Assert.Equal(2, tsa.Requests);
        Assert.Equal(C2paValidationState.Trusted, C2paReader.Read(signed, [C2paFixtures.Root.Certificate]).State);
    }

    [Fact]
    public async Task SignAsync_AuthorityDown_FailsNamingIt()
    {
        await using var tsa = new FakeTimeStampAuthority(TsaBehaviour.Unavailable);

        var error = await Assert.ThrowsAsync<ProvenanceException>(() =>
            C2paSigner.SignAsync(C2paFixtures.Png(), C2paFixtures.Manifest(), C2paFixtures.Credential, Client(tsa), TestContext.Current.CancellationToken));

        Assert.Equal($"the time-stamp authority at {tsa.Address} answered 503 Service Unavailable", error.Message);
    }

    [Fact]
    public async Task SignAsync_WithoutAuthority_CarriesNoTimeStamp()
    {
        var signed = await C2paSigner.SignAsync(C2paFixtures.Png(), C2paFixtures.Manifest(), C2paFixtures.Credential, null, TestContext.Current.CancellationToken);

        var message = Signature(signed);
        Assert.Empty(message.UnprotectedHeaders);
        Assert.Equal(C2paValidationState.Trusted, C2paReader.Read(signed, [C2paFixtures.Root.Certificate]).State);
    }

    internal static CoseSign1Message Signature(byte[] signed)
    {
        var store = JumbfReader.ReadSuperbox(Backlot.Provenance.C2pa.Containers.C2paContainer.For(signed).FindStore(signed)!.Value);
        var manifest = store.Children.Last(c => c.IsSuperbox);
        return CoseSign1Message.DecodeSign1(manifest.Child("c2pa.signature")!.Content(JumbfTypes.Cbor)!.Value.ToArray());
    }

    internal static Rfc3161TimestampToken TokenOf(CoseSign1Message message)
    {
        var container = message.UnprotectedHeaders[new CoseHeaderLabel("sigTst2")];
        var reader = new System.Formats.Cbor.CborReader(container.EncodedValue);
        reader.ReadStartMap();
        Assert.Equal("tstTokens", reader.ReadTextString());
        Assert.Equal(1, reader.ReadStartArray());
        reader.ReadStartMap();
        Assert.Equal("val", reader.ReadTextString());
        Assert.True(Rfc3161TimestampToken.TryDecode(reader.ReadByteString(), out var token, out _));
        return token;
    }

    private static Rfc3161TimeStampClient Client(FakeTimeStampAuthority tsa) => new(tsa.Address, Http, TimeSpan.FromSeconds(10));

    private sealed class UnderestimatingAuthority(ITimeStampAuthority inner) : ITimeStampAuthority
    {
        public Uri Address => inner.Address;

        public int ExpectedTokenBytes => 16;

        public Task<byte[]> TimeStampAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default) => inner.TimeStampAsync(data, cancellationToken);
    }
}
