using Backlot.Provenance.C2pa;
using Backlot.Provenance.Tests.Support;
using Backlot.Tests.Shared;

namespace Backlot.Provenance.Tests.C2pa;

/// <summary>A manifest store past 64 KB spreads over several JPEG APP11 segments; both readers put it back together.</summary>
public sealed class C2paLargeManifestTests
{
    [Fact]
    public async Task Manifest_over_64_kilobytes_spans_app11_segments_and_stays_valid()
    {
        var ingredients = Enumerable.Range(0, 300).Select(i => new C2paIngredient(
            $"reference-{i:D3}.png", "image/png", Enumerable.Repeat((byte)i, 32).ToArray(), IngredientRelationship.InputTo,
            new string('r', 400))).ToList();
        var definition = new C2paManifestDefinition("crowd.jpg", "Backlot", "0.9.0",
            [new C2paAction(C2paActionNames.Created, DigitalSourceType.CompositeWithTrainedAlgorithmicMedia)]) { Ingredients = ingredients };

        var signed = C2paSigner.Sign(C2paFixtures.Jpeg(), definition, C2paFixtures.Credential);

        Assert.True(CountApp11(signed) >= 2);
        var ours = C2paReader.Read(signed, [C2paFixtures.Root.Certificate]);
        Assert.Equal(C2paValidationState.Trusted, ours.State);
        Assert.Equal(300, ours.Manifest?.Ingredients.Count);
        var theirs = await C2paOracle.Verify(C2paFixtures.Save(signed, ".jpg"), C2paFixtures.SaveRootPem());
        Assert.True(theirs.State == "Trusted", theirs.Output[^2000..]);
    }

    private static int CountApp11(byte[] jpeg)
    {
        var count = 0;
        for (var i = 2; i + 4 < jpeg.Length && jpeg[i] == 0xFF && jpeg[i + 1] != 0xDA; i += 2 + (jpeg[i + 2] << 8 | jpeg[i + 3]))
            count += jpeg[i + 1] == 0xEB ? 1 : 0;
        return count;
    }
}
