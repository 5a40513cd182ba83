using Backlot.Domain.Sheets;
using Backlot.Engines.Previs.Scene;
using static Backlot.Engines.Previs.Tests.PrevisTestRequests;

namespace Backlot.Engines.Previs.Tests;

/// <summary>Knobs are declared as data and every bad value is refused with a message naming the knob.</summary>
public class KnobTests
{
    [Fact]
    public void Descriptor_DeclaresTypesUnitsRangesAndChoices()
    {
        var d = new PrevisEngine().Descriptor;
        Assert.All(d.Parameters.Where(p => p.Type is ParameterType.Number or ParameterType.Integer), p => Assert.True(p.Min is not null && p.Max is not null, p.Name));
        Assert.All(d.Parameters.Where(p => p.Type == ParameterType.Choice), p => Assert.Contains(p.Default.Text!, p.Choices));
        Assert.Equal("deg", d.Parameter(PrevisKnobs.Pan)!.Unit);
        Assert.Equal(["single", "two-shot", "ots", "pov", "establishing", "group", "cutaway", "insert"], d.Parameter(KnobNames.Framing)!.Choices);
        Assert.Equal(["shaded", "storyboard", "clay"], d.Parameter(PrevisKnobs.Style)!.Choices);
        Assert.Equal(["auto", "stage", "room", "street", "field", "forest", "battlefield"], d.Parameter(PrevisKnobs.Set)!.Choices);
        Assert.Equal("super35", d.Parameter(KnobNames.Sensor)!.Default.Text);
    }

    [Theory]
    [InlineData(KnobNames.Sensor, "vistavision", "'sensor'")]
    [InlineData(KnobNames.Sensor, "500", "'sensor'")]
    [InlineData(PrevisKnobs.CameraPosition, "1,2,3", "'cameraPosition'")]
    [InlineData(PrevisKnobs.CameraTarget, "a,b,c", "'cameraTarget'")]
    [InlineData(KnobNames.Subject, "CARL", "'subject'")]
    [InlineData(PrevisKnobs.Over, "EDWARD", "'over'")]
    [InlineData(KnobNames.Framing, "three-shot", "'framing'")]
    [InlineData(PrevisKnobs.Style, "watercolour", "'style'")]
    [InlineData(PrevisKnobs.Props, "piano at=1,2", "'props'")]
    [InlineData(PrevisKnobs.Props, "table size=1,1,1", "'props'")]
    [InlineData(PrevisKnobs.Props, "box at=1,2 colour=red", "'props'")]
    [InlineData(KnobNames.Blocking, "EDWARD: pose=fly", "'blocking'")]
    public async Task Render_BadTextKnob_ThrowsEngineExceptionNamingTheKnob(string knob, string value, string named)
    {
        var e = await Assert.ThrowsAsync<EngineException>(() => RenderAsync(Request([Edward], (knob, value))));
        Assert.Contains(named, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PrevisKnobs.Pan, 200)]
    [InlineData(PrevisKnobs.Tilt, -90)]
    [InlineData(PrevisKnobs.KeyIntensity, 5)]
    [InlineData(KnobNames.Lens, 5)]
    public async Task Render_NumberOutOfRange_ThrowsNamingTheKnob(string knob, double value)
    {
        var e = await Assert.ThrowsAsync<EngineException>(() => RenderAsync(Request([Edward], (knob, value))));
        Assert.Contains($"'{knob}'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_TwoShotWithOneCharacter_SaysItNeedsTwo()
    {
        var e = await Assert.ThrowsAsync<EngineException>(() => RenderAsync(Request([Edward], (KnobNames.Framing, "ots"))));
        Assert.Contains("needs two characters", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("INT KITCHEN", "room")]
    [InlineData("EXT HIGH STREET", "street")]
    [InlineData("EXT COUNTRY ROAD", "street")]
    [InlineData("EXT PINE FOREST", "forest")]
    [InlineData("EXT WOODS", "forest")]
    [InlineData("EXT WHEAT FIELD", "field")]
    [InlineData("EXT BATTLEFIELD", "battlefield")]
    [InlineData("EXT BEACH", "field")]
    [InlineData("", "stage")]
    public void Location_PicksTheSetPreset(string location, string set) => Assert.Equal(set, Sets.ForLocation(location));

    [Fact]
    public async Task Light_AutoIsInteriorInARoomAndTheTimeOfDayOutside()
    {
        Assert.Equal("interior", (await RenderAsync(Request([Edward], (KnobNames.Location, "INT KITCHEN"), (KnobNames.TimeOfDay, "NIGHT")))).Info().Light);
        Assert.Equal("golden", (await RenderAsync(Request([Edward], (KnobNames.Location, "EXT FIELD"), (KnobNames.TimeOfDay, "MAGIC HOUR")))).Info().Light);
        Assert.Equal("dusk", (await RenderAsync(Request([Edward], (KnobNames.TimeOfDay, "SUNSET")))).Info().Light);
    }

    [Fact]
    public async Task Styles_PaintTheSameSetupDifferently()
    {
        var shaded = await BeautyAsync(Request([Edward], (PrevisKnobs.Style, "shaded")));
        var storyboard = await BeautyAsync(Request([Edward], (PrevisKnobs.Style, "storyboard")));
        var clay = await BeautyAsync(Request([Edward], (PrevisKnobs.Style, "clay")));
        Assert.NotEqual(shaded.Pixels, storyboard.Pixels);
        Assert.NotEqual(shaded.Pixels, clay.Pixels);
        // Storyboard paper above the horizon is warm off-white.
        var paper = storyboard.GetPixel(10, 5);
        Assert.True(paper.R > 230 && paper.G > 225 && paper.R >= paper.B, $"paper {paper}");
    }

    [Fact]
    public async Task Shadows_DarkenTheFloorBesideTheFeetOnlyWhenTheKeyIsOn()
    {
        var keyed = await BeautyAsync(Request([Edward], (KnobNames.Size, "FS")));
        var unkeyed = await BeautyAsync(Request([Edward], (KnobNames.Size, "FS"), (PrevisKnobs.KeyIntensity, 0)));

        // Key from camera-left and above: the shadow falls on the floor right of the feet, upstage.
        static int Shadowed(Backlot.Imaging.RgbaImage image)
        {
            var ground = image.GetPixel(20, 175).G;
            return Enumerable.Range(150, 25).SelectMany(y => Enumerable.Range(185, 45).Select(x => image.GetPixel(x, y).G)).Count(g => g < ground * 0.8);
        }

        Assert.True(Shadowed(keyed) > 20, $"only {Shadowed(keyed)} shadowed floor pixels beside the feet");
        Assert.True(Shadowed(unkeyed) < Shadowed(keyed) / 4, $"{Shadowed(unkeyed)} dark pixels without a key");
    }
}
