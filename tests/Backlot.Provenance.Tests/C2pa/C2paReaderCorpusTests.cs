using Backlot.Provenance.C2pa;
using Backlot.Provenance.Signing;
using Backlot.Provenance.Tests.Support;
using Backlot.Tests.Shared;

namespace Backlot.Provenance.Tests.C2pa;

/// <summary>Other people's files (Amazon Bedrock Titan, TrustNXT c2pa-ts): our reader reaches the same verdict as c2pa-rs.</summary>
public sealed class C2paReaderCorpusTests
{
    [Theory]
    [InlineData("amazon-titan-g1.png", false, C2paValidationState.Valid)]
    [InlineData("trustnxt-icon-signed-timestamp.jpg", false, C2paValidationState.Valid)]
    [InlineData("trustnxt-icon-signed-timestamp.jpg", true, C2paValidationState.Trusted)]
    [InlineData("tampered.jpg", false, C2paValidationState.Invalid)]
    [InlineData("trustnxt-icon.png", false, C2paValidationState.None)]
    [InlineData("trustnxt-icon.jpg", false, C2paValidationState.None)]
    public async Task Reader_agrees_with_c2pa_rs(string name, bool withTrustList, C2paValidationState expected)
    {
        var path = C2paOracle.Corpus(name);
        var trustList = withTrustList ? C2paOracle.Corpus("trust-list.pem") : null;
        var anchors = trustList is null ? null : C2paPem.ImportCertificates(File.ReadAllText(trustList));

        var ours = C2paReader.Read(File.ReadAllBytes(path), anchors);
        var theirs = await C2paOracle.Verify(path, trustList);

        Assert.Equal(expected, ours.State);
        Assert.Equal(expected.ToString(), theirs.State);
        Assert.Equal(theirs.Failures.Split(',', StringSplitOptions.RemoveEmptyEntries).Order(), ours.Failures.Select(f => f.Code).Order());
    }

    [Fact]
    public void Titan_summary_names_the_generator_and_the_generative_source()
    {
        var result = C2paReader.Read(File.ReadAllBytes(C2paOracle.Corpus("amazon-titan-g1.png")));

        var manifest = Assert.IsType<C2paManifestSummary>(result.Manifest);
        Assert.Equal("Amazon_Bedrock c2pa-rs/0.32.7", manifest.ClaimGenerator);
        Assert.Equal("ES384", manifest.Algorithm);
        Assert.Contains("Amazon Web Services", manifest.SignerSubject, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2024, 9, 25, 8, 29, 7, TimeSpan.Zero), manifest.SigningTime);
        var action = Assert.Single(manifest.Actions);
        Assert.Equal(C2paActionNames.Created, action.Action);
        Assert.Equal(DigitalSourceType.TrainedAlgorithmicMedia, action.SourceType);
    }

    [Fact]
    public void Tampered_jpeg_fails_on_its_data_hash()
    {
        var result = C2paReader.Read(File.ReadAllBytes(C2paOracle.Corpus("tampered.jpg")));

        Assert.Contains(result.Failures, f => f.Code == C2paFailureCodes.DataHashMismatch);
    }
}
