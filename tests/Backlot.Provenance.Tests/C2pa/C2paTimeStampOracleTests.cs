using Backlot.Provenance.C2pa;
using Backlot.Provenance.Tests.Support;
using Backlot.Provenance.Tests.TimeStamps;
using Backlot.Provenance.TimeStamps;
using Backlot.Tests.Shared;

namespace Backlot.Provenance.Tests.C2pa;

/// <summary>Time-stamped files as the official c2pa-rs validator sees them. The test TSA is on no trust list.</summary>
public sealed class C2paTimeStampOracleTests
{
    private static readonly HttpClient Http = new();

    [Fact]
    public async Task Time_stamped_png_is_valid_for_c2pa_rs_and_its_time_stamp_matches()
    {
        var signed = await SignAsync();
        var verdict = await C2paOracle.Verify(C2paFixtures.Save(signed, ".png"));
        Assert.True(verdict.State == "Valid", verdict.Output);
        Assert.Equal("signingCredential.untrusted", verdict.Failures);
        Assert.Contains("\"timeStamp.validated\"", verdict.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\"timeStamp.mismatch\"", verdict.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Time_stamped_png_is_trusted_with_our_root_though_the_test_tsa_is_not()
    {
        var signed = await SignAsync();
        var verdict = await C2paOracle.Verify(C2paFixtures.Save(signed, ".png"), C2paFixtures.SaveRootPem());
        Assert.True(verdict.State == "Trusted", verdict.Output);
        Assert.Contains("\"timeStamp.validated\"", verdict.Output, StringComparison.Ordinal);
    }

    private static async Task<byte[]> SignAsync()
    {
        await using var tsa = new FakeTimeStampAuthority();
        return await C2paSigner.SignAsync(C2paFixtures.Png(), C2paFixtures.Manifest(), C2paFixtures.Credential,
            new Rfc3161TimeStampClient(tsa.Address, Http, TimeSpan.FromSeconds(10)), TestContext.Current.CancellationToken);
    }
}
