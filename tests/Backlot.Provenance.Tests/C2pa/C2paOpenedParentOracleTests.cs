using Backlot.Provenance.C2pa;
using Backlot.Provenance.Tests.Support;
using Backlot.Tests.Shared;

namespace Backlot.Provenance.Tests.C2pa;

/// <summary>An edit of a parent take: <c>c2pa.opened</c> names the parent ingredient, as C2PA 2.x requires.</summary>
public sealed class C2paOpenedParentOracleTests
{
    [Fact]
    public async Task Edited_parent_take_is_valid_for_c2pa_rs_and_for_us()
    {
        var definition = new C2paManifestDefinition("sh0010_t4.png", "Backlot", "0.9.0",
        [
            new C2paAction(C2paActionNames.Opened, Ingredients: [0]),
            new C2paAction(C2paActionNames.ColorAdjustments, SoftwareAgent: "Backlot grade"),
        ])
        {
            Ingredients = [new C2paIngredient("sh0010_t3.png", "image/png", new byte[32], IngredientRelationship.ParentOf, "parent take")],
        };

        var signed = C2paSigner.Sign(C2paFixtures.Png(), definition, C2paFixtures.Credential);

        Assert.Equal(C2paValidationState.Valid, C2paReader.Read(signed).State);
        var verdict = await C2paOracle.Verify(C2paFixtures.Save(signed, ".png"));
        Assert.True(verdict.State == "Valid", verdict.Output);
    }

    [Fact]
    public void Opened_without_an_ingredient_is_refused()
    {
        var definition = new C2paManifestDefinition("x.png", "Backlot", "0.9.0", [new C2paAction(C2paActionNames.Opened)]);

        Assert.Throws<ProvenanceException>(() => C2paSigner.Sign(C2paFixtures.Png(), definition, C2paFixtures.Credential));
    }
}
