using Backlot.Provenance.C2pa;
using Backlot.Provenance.Tests.Support;
using Backlot.Tests.Shared;

namespace Backlot.Provenance.Tests.C2pa;

/// <summary>Our signed files as the official c2pa-rs validator sees them.</summary>
public sealed class C2paSignerOracleTests
{
    [Fact]
    public async Task Signed_png_is_valid_for_c2pa_rs()
    {
        var signed = C2paSigner.Sign(C2paFixtures.Png(), C2paFixtures.Manifest(), C2paFixtures.Credential);
        var verdict = await C2paOracle.Verify(C2paFixtures.Save(signed, ".png"));
        Assert.True(verdict.State == "Valid", verdict.Output);
        Assert.Equal("signingCredential.untrusted", verdict.Failures);
    }

    [Fact]
    public async Task Signed_jpeg_is_valid_for_c2pa_rs()
    {
        var signed = C2paSigner.Sign(C2paFixtures.Jpeg(), C2paFixtures.Manifest(), C2paFixtures.Credential);
        var verdict = await C2paOracle.Verify(C2paFixtures.Save(signed, ".jpg"));
        Assert.True(verdict.State == "Valid", verdict.Output);
        Assert.Equal("signingCredential.untrusted", verdict.Failures);
    }

    [Fact]
    public async Task Signed_png_is_trusted_with_our_root_as_anchor()
    {
        var signed = C2paSigner.Sign(C2paFixtures.Png(), C2paFixtures.Manifest(), C2paFixtures.Credential);
        var verdict = await C2paOracle.Verify(C2paFixtures.Save(signed, ".png"), C2paFixtures.SaveRootPem());
        Assert.True(verdict.State == "Trusted", verdict.Output);
    }

    [Fact]
    public async Task Signed_jpeg_is_trusted_with_our_root_as_anchor()
    {
        var signed = C2paSigner.Sign(C2paFixtures.Jpeg(), C2paFixtures.Manifest(), C2paFixtures.Credential);
        var verdict = await C2paOracle.Verify(C2paFixtures.Save(signed, ".jpg"), C2paFixtures.SaveRootPem());
        Assert.True(verdict.State == "Trusted", verdict.Output);
    }
}
