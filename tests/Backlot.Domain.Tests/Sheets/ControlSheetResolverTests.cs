using Backlot.Domain.Sheets;

namespace Backlot.Domain.Tests.Sheets;

public sealed class ControlSheetResolverTests
{
    private static readonly ControlSheet ProductionSheet = ControlSheet.Empty.Set("lens", 35).Set("timeOfDay", "DAY").Set("width", 960);
    private static readonly ControlSheet SceneSheet = ControlSheet.Empty.Set("timeOfDay", "NIGHT").Set("location", "INT. BOOTH");
    private static readonly ControlSheet ShotSheet = ControlSheet.Empty.Set("lens", 50).Set("size", "MCU");
    private static readonly ControlSheet TakeSheet = ControlSheet.Empty.Set("lens", 85);

    [Fact]
    public void Resolve_AppliesProductionSceneShotAndTake_TheMostSpecificWinning()
    {
        var resolved = ControlSheetResolver.Resolve(
            new SheetLayer(SheetLevel.Production, ProductionSheet),
            new SheetLayer(SheetLevel.Scene, SceneSheet),
            new SheetLayer(SheetLevel.Shot, ShotSheet),
            new SheetLayer(SheetLevel.Take, TakeSheet));

        Assert.Equal(new ResolvedKnob(KnobValue.Of(85), SheetLevel.Take, null), resolved.Knobs["lens"]);
        Assert.Equal(new ResolvedKnob(KnobValue.Of("NIGHT"), SheetLevel.Scene, null), resolved.Knobs["timeOfDay"]);
        Assert.Equal(new ResolvedKnob(KnobValue.Of(960), SheetLevel.Production, null), resolved.Knobs["width"]);
        Assert.Equal(new ResolvedKnob(KnobValue.Of("MCU"), SheetLevel.Shot, null), resolved.Knobs["size"]);
        Assert.Equal("INT. BOOTH", resolved.Text("location", "?"));
        Assert.Empty(resolved.Conflicts);
    }

    [Fact]
    public void Resolve_OrdersLayersByLevel_NotByTheOrderTheyAreGiven()
    {
        var resolved = ControlSheetResolver.Resolve(
            new SheetLayer(SheetLevel.Take, TakeSheet),
            new SheetLayer(SheetLevel.Shot, ShotSheet),
            new SheetLayer(SheetLevel.Production, ProductionSheet));

        Assert.Equal(85, resolved.Number("lens", 0));
        Assert.Equal(SheetLevel.Take, resolved.Knobs["lens"].From);
    }

    [Fact]
    public void Resolve_WithALockAtSceneLevel_IgnoresShotAndTakeValues_AndReportsEachConflict()
    {
        var scene = SceneSheet.Set("lens", 40, locked: true);

        var resolved = ControlSheetResolver.Resolve(
            new SheetLayer(SheetLevel.Production, ProductionSheet),
            new SheetLayer(SheetLevel.Scene, scene),
            new SheetLayer(SheetLevel.Shot, ShotSheet),
            new SheetLayer(SheetLevel.Take, TakeSheet));

        Assert.Equal(new ResolvedKnob(KnobValue.Of(40), SheetLevel.Scene, SheetLevel.Scene), resolved.Knobs["lens"]);
        Assert.Equal(
            [
                new KnobConflict("lens", SheetLevel.Scene, SheetLevel.Shot, KnobValue.Of(50)),
                new KnobConflict("lens", SheetLevel.Scene, SheetLevel.Take, KnobValue.Of(85)),
            ],
            resolved.Conflicts);
        Assert.Equal(
            "knob 'lens' is locked at scene level; the take value 85 was not applied",
            resolved.Conflicts[1].ToString());
    }

    [Fact]
    public void Resolve_WithALock_StillAppliesTheLowerLevelsOtherKnobs()
    {
        var resolved = ControlSheetResolver.Resolve(
            new SheetLayer(SheetLevel.Scene, ControlSheet.Empty.Set("lens", 40, locked: true)),
            new SheetLayer(SheetLevel.Shot, ShotSheet));

        Assert.Equal("MCU", resolved.Text("size", "?"));
        Assert.Equal(40, resolved.Number("lens", 0));
    }

    [Fact]
    public void Resolve_ALowerLevelRepeatingTheLockedValue_IsNoConflict()
    {
        var resolved = ControlSheetResolver.Resolve(
            new SheetLayer(SheetLevel.Production, ControlSheet.Empty.Set("lens", 50, locked: true)),
            new SheetLayer(SheetLevel.Shot, ShotSheet));

        Assert.Empty(resolved.Conflicts);
        Assert.Equal(SheetLevel.Production, resolved.Knobs["lens"].From);
    }

    [Fact]
    public void Resolve_ALockAtTheLevelThatSetsIt_IsRecordedOnTheKnob()
    {
        var resolved = ControlSheetResolver.Resolve(new SheetLayer(SheetLevel.Shot, ShotSheet.Lock("size")));

        Assert.Equal(SheetLevel.Shot, resolved.Knobs["size"].LockedAt);
        Assert.Null(resolved.Knobs["lens"].LockedAt);
    }

    [Fact]
    public void Hash_DoesNotDependOnTheOrderKnobsWereSetIn()
    {
        var one = ControlSheet.Empty.Set("size", "CU").Set("lens", 85).Set("angle", "low");
        var other = ControlSheet.Empty.Set("angle", "low").Set("lens", 85).Set("size", "CU");

        var a = ControlSheetResolver.Resolve(new SheetLayer(SheetLevel.Shot, one));
        var b = ControlSheetResolver.Resolve(new SheetLayer(SheetLevel.Shot, other));

        Assert.Equal(a.Hash, b.Hash);
        Assert.Equal("""{"angle":"low","lens":85,"size":"CU"}""", a.CanonicalJson);
        Assert.Matches("^[0-9a-f]{64}$", a.Hash);
    }

    [Fact]
    public void Hash_DoesNotDependOnWhichLevelSetAValue()
    {
        var fromShot = ControlSheetResolver.Resolve(new SheetLayer(SheetLevel.Shot, ControlSheet.Empty.Set("lens", 85)));
        var fromProduction = ControlSheetResolver.Resolve(new SheetLayer(SheetLevel.Production, ControlSheet.Empty.Set("lens", 85, locked: true)));

        Assert.Equal(fromShot.Hash, fromProduction.Hash);
    }

    [Theory]
    [InlineData("lens", 86)]
    [InlineData("height", 1.2)]
    public void Hash_ChangesWhenAValueChangesOrIsAdded(string knob, double value)
    {
        var sheet = ControlSheet.Empty.Set("size", "CU").Set("lens", 85);

        var before = ControlSheetResolver.Resolve(new SheetLayer(SheetLevel.Shot, sheet));
        var after = ControlSheetResolver.Resolve(new SheetLayer(SheetLevel.Shot, sheet.Set(knob, value)));

        Assert.NotEqual(before.Hash, after.Hash);
    }

    [Fact]
    public void Hash_DistinguishesANumberFromTheSameText()
    {
        var number = ControlSheetResolver.Resolve(new SheetLayer(SheetLevel.Shot, ControlSheet.Empty.Set("lens", 85)));
        var text = ControlSheetResolver.Resolve(new SheetLayer(SheetLevel.Shot, ControlSheet.Empty.Set("lens", "85")));

        Assert.NotEqual(number.Hash, text.Hash);
    }

    [Fact]
    public void FromCanonicalJson_OfAResolvedSheet_GivesTheSameValuesAndHash()
    {
        var resolved = ControlSheetResolver.Resolve(
            new SheetLayer(SheetLevel.Production, ProductionSheet.Set("night", KnobValue.Of(true))),
            new SheetLayer(SheetLevel.Scene, SceneSheet.Set("location", "EXT. CAFÉ \"LUNA\"")),
            new SheetLayer(SheetLevel.Shot, ShotSheet.Set("height", 1.25)),
            new SheetLayer(SheetLevel.Take, TakeSheet.Set("seed", 2_147_483_646)));

        var back = ResolvedControlSheet.FromCanonicalJson(resolved.CanonicalJson);

        Assert.Equal(resolved.Hash, back.Hash);
        Assert.Equal(resolved.CanonicalJson, back.CanonicalJson);
        Assert.Equal(resolved.Knobs.Keys, back.Knobs.Keys);
        Assert.All(back.Knobs, k => Assert.Equal(resolved[k.Key], k.Value.Value));
        Assert.All(back.Knobs.Values, k => Assert.Equal(SheetLevel.Take, k.From));
    }

    [Fact]
    public void Indexer_OfAKnobNobodySet_IsNull_AndTheTypedReadersFallBack()
    {
        var resolved = ControlSheetResolver.Resolve(new SheetLayer(SheetLevel.Shot, ShotSheet));

        Assert.Null(resolved["angle"]);
        Assert.Equal(35, resolved.Number("angle", 35));
        Assert.Equal("eye", resolved.Text("lens", "eye"));
    }
}
