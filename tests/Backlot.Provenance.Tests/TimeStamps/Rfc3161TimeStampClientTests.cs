using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using Backlot.Provenance.TimeStamps;

namespace Backlot.Provenance.Tests.TimeStamps;

/// <summary>The RFC 3161 client against a small real time-stamp authority on 127.0.0.1.</summary>
public sealed class Rfc3161TimeStampClientTests
{
    private static readonly HttpClient Http = new();
    private static readonly byte[] Data = "the signature bytes of shot 12A, take 3"u8.ToArray();

    [Fact]
    public async Task TimeStamp_GrantedAnswer_ReturnsATokenForTheImprint()
    {
        await using var tsa = new FakeTimeStampAuthority();

        var bytes = await Client(tsa).TimeStampAsync(Data, TestContext.Current.CancellationToken);

        Assert.True(Rfc3161TimestampToken.TryDecode(bytes, out var token, out var consumed));
        Assert.Equal(bytes.Length, consumed);
        Assert.Equal(SHA256.HashData(Data), token.TokenInfo.GetMessageHash().ToArray());
        Assert.Equal(FakeTimeStampAuthority.PolicyOid, token.TokenInfo.PolicyId.Value);
        Assert.InRange(token.TokenInfo.Timestamp, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));
        Assert.True(token.VerifySignatureForData(Data, out var signer));
        Assert.Equal(FakeTimeStampAuthority.SignerCertificate.Thumbprint, signer!.Thumbprint);
    }

    [Fact]
    public async Task TimeStamp_EachRequest_CarriesItsOwnNonce()
    {
        await using var tsa = new FakeTimeStampAuthority();
        var client = Client(tsa);

        var first = await client.TimeStampAsync(Data, TestContext.Current.CancellationToken);
        var second = await client.TimeStampAsync(Data, TestContext.Current.CancellationToken);

        Assert.True(Rfc3161TimestampToken.TryDecode(first, out var a, out _));
        Assert.True(Rfc3161TimestampToken.TryDecode(second, out var b, out _));
        Assert.NotNull(a.TokenInfo.GetNonce());
        Assert.False(a.TokenInfo.GetNonce()!.Value.Span.SequenceEqual(b.TokenInfo.GetNonce()!.Value.Span));
    }

    [Fact]
    public async Task ExpectedTokenBytes_AfterATokenIsSeen_FollowsItsSize()
    {
        await using var tsa = new FakeTimeStampAuthority();
        var client = Client(tsa);

        var token = await client.TimeStampAsync(Data, TestContext.Current.CancellationToken);

        Assert.InRange(client.ExpectedTokenBytes, token.Length, token.Length + 512);
    }

    [Theory]
    [InlineData(TsaBehaviour.Unavailable, "answered 503")]
    [InlineData(TsaBehaviour.Garbage, "not an RFC 3161 time-stamp response")]
    [InlineData(TsaBehaviour.Reject, "refused the request (rejection: policy not accepted; unacceptedPolicy)")]
    [InlineData(TsaBehaviour.WrongHash, "its token is for a different hash")]
    [InlineData(TsaBehaviour.WrongNonce, "does not carry our nonce")]
    public async Task TimeStamp_BadAnswer_NamesTheAuthorityAndWhatWasWrong(TsaBehaviour behaviour, string expected)
    {
        await using var tsa = new FakeTimeStampAuthority(behaviour);

        var error = await Assert.ThrowsAsync<ProvenanceException>(() => Client(tsa).TimeStampAsync(Data, TestContext.Current.CancellationToken));

        Assert.StartsWith($"the time-stamp authority at {tsa.Address} ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TimeStamp_NobodyListening_SaysItCannotBeReached()
    {
        Uri address;
        await using (var tsa = new FakeTimeStampAuthority())
            address = tsa.Address;

        var error = await Assert.ThrowsAsync<ProvenanceException>(
            () => new Rfc3161TimeStampClient(address, Http).TimeStampAsync(Data, TestContext.Current.CancellationToken));

        Assert.StartsWith($"the time-stamp authority at {address} cannot be reached", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NotAnHttpUrl_IsRefused()
    {
        var error = Assert.Throws<ProvenanceException>(() => new Rfc3161TimeStampClient(new Uri("ftp://tsa.example/"), Http));

        Assert.Contains("not an absolute http or https URL", error.Message, StringComparison.Ordinal);
    }

    private static Rfc3161TimeStampClient Client(FakeTimeStampAuthority tsa) => new(tsa.Address, Http, TimeSpan.FromSeconds(10));
}
