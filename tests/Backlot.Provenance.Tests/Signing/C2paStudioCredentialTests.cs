using Backlot.Provenance.C2pa;
using Backlot.Provenance.Signing;
using Backlot.Provenance.Tests.Support;
using Backlot.Tests.Shared;

namespace Backlot.Provenance.Tests.Signing;

/// <summary>A studio brings its own chain and key (here the C2PA test signer issued under the corpus trust list).</summary>
public sealed class C2paStudioCredentialTests
{
    [Fact]
    public async Task Imported_studio_chain_signs_files_c2pa_rs_trusts_with_the_studio_anchor()
    {
        var credential = C2paPem.ImportCredential(
            File.ReadAllText(C2paOracle.Corpus("sample_es256.pem")), File.ReadAllText(C2paOracle.Corpus("sample_es256.key")));
        var trustList = C2paOracle.Corpus("trust-list.pem");

        var signed = C2paSigner.Sign(C2paFixtures.Png(), C2paFixtures.Manifest(), credential);

        Assert.Equal(C2paValidationState.Trusted, C2paReader.Read(signed, C2paPem.ImportCertificates(File.ReadAllText(trustList))).State);
        var theirs = await C2paOracle.Verify(C2paFixtures.Save(signed, ".png"), trustList);
        Assert.True(theirs.State == "Trusted", theirs.Output);
    }
}
