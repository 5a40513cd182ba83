using Backlot.Provenance.C2pa;
using Backlot.Provenance.Tests.Support;
using Backlot.Tests.Shared;

namespace Backlot.Provenance.Tests.C2pa;

/// <summary>What we sign, our reader reads back: verdicts, tampering, trust and the summary.</summary>
public sealed class C2paRoundTripTests
{
    [Fact]
    public void Signed_png_reads_back_trusted_with_our_root()
    {
        var signed = C2paSigner.Sign(C2paFixtures.Png(), C2paFixtures.Manifest(), C2paFixtures.Credential);

        var result = C2paReader.Read(signed, [C2paFixtures.Root.Certificate]);

        Assert.Equal(C2paValidationState.Trusted, result.State);
        Assert.Empty(result.Failures);
    }

    [Fact]
    public void Signed_jpeg_reads_back_valid_but_untrusted_without_anchors()
    {
        var signed = C2paSigner.Sign(C2paFixtures.Jpeg(), C2paFixtures.Manifest(), C2paFixtures.Credential);

        var result = C2paReader.Read(signed);

        Assert.Equal(C2paValidationState.Valid, result.State);
        Assert.Equal(C2paFailureCodes.CredentialUntrusted, result.FailureCodes);
    }

    [Fact]
    public void Another_studios_root_does_not_make_our_file_trusted()
    {
        var signed = C2paSigner.Sign(C2paFixtures.Png(), C2paFixtures.Manifest(), C2paFixtures.Credential);
        var other = Backlot.Provenance.Signing.C2paCertificateAuthority.CreateRoot("Another Studio");

        Assert.Equal(C2paValidationState.Valid, C2paReader.Read(signed, [other.Certificate]).State);
    }

    [Fact]
    public void Summary_carries_actions_ingredients_training_mining_and_the_take()
    {
        var signed = C2paSigner.Sign(C2paFixtures.Png(), C2paFixtures.Manifest(), C2paFixtures.Credential);

        var manifest = Assert.IsType<C2paManifestSummary>(C2paReader.Read(signed).Manifest);

        Assert.Equal(2, manifest.ClaimVersion);
        Assert.Equal("Backlot 0.9.0", manifest.ClaimGenerator);
        Assert.Equal("ES256", manifest.Algorithm);
        Assert.Contains("CN=Brick and Steel signing", manifest.SignerSubject, StringComparison.Ordinal);
        Assert.Equal(DigitalSourceType.TrainedAlgorithmicMedia, manifest.Actions[0].SourceType);
        Assert.Equal([C2paActionNames.Created, C2paActionNames.Edited], manifest.Actions.Select(a => a.Action));
        Assert.Equal(["inputTo", "componentOf"], manifest.Ingredients.Select(i => i.Relationship));
        Assert.StartsWith("sha256:000102", manifest.Ingredients[0].InstanceId, StringComparison.Ordinal);
        Assert.Equal(4, manifest.TrainingMining.Count);
        Assert.All(manifest.TrainingMining.Values, use => Assert.Equal("notAllowed", use));
        Assert.Equal(C2paFixtures.Manifest().Take, manifest.Take);
        Assert.Contains("take: Brick and Steel shot 12A take 3", manifest.Describe(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(".png")]
    [InlineData(".jpg")]
    public async Task One_changed_image_byte_is_invalid_for_us_and_for_c2pa_rs(string extension)
    {
        var image = extension == ".png" ? C2paFixtures.Png() : C2paFixtures.Jpeg();
        var signed = C2paSigner.Sign(image, C2paFixtures.Manifest(), C2paFixtures.Credential);
        signed[^20] ^= 0x01; // inside the last IDAT / the entropy-coded scan, outside the manifest store

        var ours = C2paReader.Read(signed);
        var theirs = await C2paOracle.Verify(C2paFixtures.Save(signed, extension));

        Assert.Equal(C2paValidationState.Invalid, ours.State);
        Assert.Contains(ours.Failures, f => f.Code == C2paFailureCodes.DataHashMismatch);
        Assert.True(theirs.State == "Invalid", theirs.Output);
        Assert.Contains(C2paFailureCodes.DataHashMismatch, theirs.Failures, StringComparison.Ordinal);
    }

    [Fact]
    public void Changed_assertion_byte_is_a_hashed_uri_mismatch()
    {
        var signed = C2paSigner.Sign(C2paFixtures.Png(), C2paFixtures.Manifest(), C2paFixtures.Credential);
        var at = signed.AsSpan().IndexOf("Brick and Steel"u8);
        signed[at] = (byte)'b';

        var result = C2paReader.Read(signed);

        Assert.Equal(C2paValidationState.Invalid, result.State);
        Assert.Contains(result.Failures, f => f.Code == C2paFailureCodes.HashedUriMismatch);
    }

    [Fact]
    public void Signing_again_replaces_the_earlier_manifest()
    {
        var once = C2paSigner.Sign(C2paFixtures.Png(), C2paFixtures.Manifest(), C2paFixtures.Credential);
        var twice = C2paSigner.Sign(once, C2paFixtures.Manifest() with { Title = "second.png" }, C2paFixtures.Credential);

        var result = C2paReader.Read(twice);

        Assert.Equal(C2paValidationState.Valid, result.State);
        Assert.Equal("second.png", result.Manifest?.Title);
        Assert.Equal(1, CountOf(twice, "caBX"u8));
    }

    [Fact]
    public void Image_without_manifest_reads_as_none()
    {
        Assert.Equal(C2paValidationState.None, C2paReader.Read(C2paFixtures.Png()).State);
    }

    [Fact]
    public void Definition_that_does_not_start_with_created_or_opened_is_refused()
    {
        var definition = C2paFixtures.Manifest() with { Actions = [new C2paAction(C2paActionNames.Edited)] };

        Assert.Throws<ProvenanceException>(() => C2paSigner.Sign(C2paFixtures.Png(), definition, C2paFixtures.Credential));
    }

    private static int CountOf(byte[] haystack, ReadOnlySpan<byte> needle)
    {
        var count = 0;
        for (var rest = haystack.AsSpan(); rest.IndexOf(needle) is var at and >= 0; rest = rest[(at + needle.Length)..])
            count++;
        return count;
    }
}
