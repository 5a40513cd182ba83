using Backlot.Domain.Productions;
using Backlot.Domain.Sheets;
using Backlot.Imaging.Formats.Png;
using static Backlot.Engines.Previs.Tests.PrevisTestRequests;

namespace Backlot.Engines.Previs.Tests;

public class PrevisEngineTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public void Descriptor_DeclaresIdCapabilitiesAndPolicy()
    {
        var d = new PrevisEngine().Descriptor;

        Assert.Equal(("previs", "0.2.0", "Built-in previs", "render"), (d.Id, d.Version, d.DisplayName, d.Queue));
        Assert.True(d.Has(EngineCapabilities.Still) && d.Has(EngineCapabilities.DepthMap) && d.Has(EngineCapabilities.Deterministic));
        Assert.True(d.Has(EngineCapabilities.InstanceMask) && d.Has(EngineCapabilities.PoseMap));
        Assert.Equal(DataHandling.OnPremises, d.DataHandling);
        Assert.Equal(0m, d.CostPerFrameUsd);
    }

    [Fact]
    public void Descriptor_DeclaresEveryKnobWithDefaultsThatValidate()
    {
        var d = new PrevisEngine().Descriptor;
        string[] knobs = [KnobNames.Size, KnobNames.Angle, KnobNames.Lens, KnobNames.CameraHeight, KnobNames.TimeOfDay,
            KnobNames.Location, KnobNames.Width, KnobNames.ImageHeight, KnobNames.Seed, KnobNames.Sensor, KnobNames.Framing,
            KnobNames.Subject, KnobNames.Blocking, PrevisKnobs.Over, PrevisKnobs.Pan, PrevisKnobs.Tilt, PrevisKnobs.Roll,
            PrevisKnobs.CameraPosition, PrevisKnobs.CameraTarget, PrevisKnobs.Set, PrevisKnobs.Props, PrevisKnobs.Style,
            PrevisKnobs.Light, PrevisKnobs.KeyAzimuth, PrevisKnobs.KeyElevation, PrevisKnobs.KeyIntensity,
            PrevisKnobs.FillIntensity, PrevisKnobs.BackIntensity];

        Assert.Equal(knobs.Order(), d.Parameters.Select(p => p.Name).Order());
        Assert.All(d.Parameters, p => Assert.Null(p.Validate(p.Default)));
        Assert.All(d.Parameters, p => Assert.False(string.IsNullOrWhiteSpace(p.Description)));
        Assert.Equal("mm", d.Parameter(KnobNames.Lens)!.Unit);
        Assert.Equal(["EWS", "WS", "FS", "MS", "MCU", "CU", "ECU"], d.Parameter(KnobNames.Size)!.Choices);
        Assert.Empty(d.Validate(ControlSheetResolver.Resolve(new SheetLayer(SheetLevel.Engine, d.DefaultSheet()))));
    }

    [Fact]
    public async Task Render_SameRequestTwice_GivesIdenticalBytes()
    {
        var request = Request([Edward, Mara], (KnobNames.Size, "FS"), (KnobNames.Angle, "high"));

        var a = await new PrevisEngine().RenderAsync(request, cancellationToken: Token);
        var b = await new PrevisEngine().RenderAsync(request, cancellationToken: Token);

        Assert.Equal(a.Outputs.Select(o => o.Role), b.Outputs.Select(o => o.Role));
        for (var i = 0; i < a.Outputs.Count; i++)
            Assert.True(a.Outputs[i].Content.Span.SequenceEqual(b.Outputs[i].Content.Span), a.Outputs[i].Role);
    }

    [Fact]
    public async Task Render_DefaultSheet_GivesBeautyAndDepthPngsOfTheDefaultSize()
    {
        var request = new FrameRequest(ControlSheetResolver.Resolve([]), 0, [Edward]);

        var response = await new PrevisEngine().RenderAsync(request, cancellationToken: Token);

        var beauty = response.Outputs.Single(o => o.Role == "beauty");
        var depth = response.Outputs.Single(o => o.Role == "depth");
        Assert.Equal(("image/png", 960, 540), (beauty.MediaType, beauty.Width, beauty.Height));
        Assert.Equal(("image/png", 960, 540), (depth.MediaType, depth.Width, depth.Height));
        Assert.Equal((960, 540), PngDecoder.ReadSize(beauty.Content.Span));
        Assert.Equal(16, depth.Content.Span[24]);
        Assert.IsType<PrevisFrameInfo>(response.RawRepresentation);
    }

    [Fact]
    public async Task Render_DifferentLens_GivesADifferentImage()
    {
        var wide = await BeautyAsync(Request([Edward], (KnobNames.Lens, 24)));
        var longLens = await BeautyAsync(Request([Edward], (KnobNames.Lens, 85)));
        Assert.NotEqual(wide.Pixels, longLens.Pixels);
    }

    [Fact]
    public async Task Render_DifferentSize_GivesADifferentImage()
    {
        var ws = await BeautyAsync(Request([Edward], (KnobNames.Size, "WS")));
        var cu = await BeautyAsync(Request([Edward], (KnobNames.Size, "CU")));
        Assert.NotEqual(ws.Pixels, cu.Pixels);
    }

    [Fact]
    public async Task Render_Mcu_ShowsTheCharactersTopAtTheBottomCentreAndSkinAboveIt()
    {
        var image = await BeautyAsync(Request([Edward], (KnobNames.Size, "MCU")));

        // MCU: chest up, eyes on the upper third; the top fills the bottom centre, the face sits on the centre line above.
        var chest = image.GetPixel(image.Width / 2, image.Height * 9 / 10);
        Assert.True(chest.R > 2 * chest.G && chest.R > 2 * chest.B && chest.R > 80, $"expected the red top, got {chest}");
        var face = image.GetPixel(image.Width / 2, image.Height * 4 / 10);
        Assert.True(face.R > face.B && face.G > face.B && !(face.R > 2 * face.G), $"expected skin, got {face}");
    }

    [Fact]
    public async Task Render_Ws_ShowsSkyAboveAndFigureInTheMiddle()
    {
        var image = await BeautyAsync(Request([Edward], (KnobNames.Size, "WS")));

        var sky = image.GetPixel(image.Width / 2, 2);
        Assert.True(sky.B > sky.R, $"expected a blue day sky, got {sky}");
        var figureColumn = Enumerable.Range(0, image.Height).Select(y => image.GetPixel(image.Width / 2, y));
        Assert.Contains(figureColumn, p => p.R > 2 * p.G && p.R > 2 * p.B);
        var edge = Enumerable.Range(0, image.Height).Select(y => image.GetPixel(5, y));
        Assert.DoesNotContain(edge, p => p.R > 2 * p.G && p.R > 2 * p.B);
    }

    [Fact]
    public async Task Render_NightSky_DiffersFromDaySky()
    {
        var day = await BeautyAsync(Request([], (KnobNames.TimeOfDay, "DAY")));
        var night = await BeautyAsync(Request([], (KnobNames.TimeOfDay, "NIGHT")));

        var daySky = day.GetPixel(10, 2);
        var nightSky = night.GetPixel(10, 2);
        Assert.True(daySky.R + daySky.G + daySky.B > 3 * (nightSky.R + nightSky.G + nightSky.B), $"day {daySky}, night {nightSky}");
        Assert.True(nightSky.B > nightSky.R, $"night should be navy, got {nightSky}");
    }

    [Fact]
    public async Task Render_UnknownTimeOfDay_LooksLikeDay()
    {
        var day = await BeautyAsync(Request([], (KnobNames.TimeOfDay, "DAY")));
        var later = await BeautyAsync(Request([], (KnobNames.TimeOfDay, "LATER")));
        Assert.Equal(day.Pixels, later.Pixels);
    }

    [Fact]
    public async Task Render_DepthMap_IsBrighterOnTheFigureThanOnTheFarFloorAndZeroInTheSky()
    {
        var response = await new PrevisEngine().RenderAsync(Request([Edward], (KnobNames.Size, "FS")), cancellationToken: Token);
        var (depth, w, h) = PngDecoder.DecodeGray16(response.Outputs.Single(o => o.Role == "depth").Content.Span);

        var figure = depth[(h * 4 / 10 * w) + (w / 2)]; // the torso
        var sky = depth[w / 2];
        var floorNear = depth[((h - 1) * w) + 2];
        Assert.Equal(0, sky);
        Assert.True(figure > 0);
        Assert.True(floorNear > 0);
    }

    [Fact]
    public async Task Render_LensOutOfRange_ThrowsEngineExceptionNamingTheKnob()
    {
        var e = await Assert.ThrowsAsync<EngineException>(() =>
            new PrevisEngine().RenderAsync(Request([Edward], (KnobNames.Lens, 5)), cancellationToken: Token));
        Assert.Contains("'lens'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_UnknownSize_ThrowsEngineExceptionNamingTheKnob()
    {
        var e = await Assert.ThrowsAsync<EngineException>(() =>
            new PrevisEngine().RenderAsync(Request([Edward], (KnobNames.Size, "HUGE")), cancellationToken: Token));
        Assert.Contains("'size'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_BadLookColour_ThrowsEngineExceptionNamingTheCharacter()
    {
        var character = Edward with { Look = Edward.Look! with { Top = "red" } };
        var e = await Assert.ThrowsAsync<EngineException>(() =>
            new PrevisEngine().RenderAsync(Request([character]), cancellationToken: Token));
        Assert.Contains("EDWARD", e.Message, StringComparison.Ordinal);
        Assert.Contains("top", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_AlreadyCancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new PrevisEngine().RenderAsync(Request([Edward]), cancellationToken: cts.Token));
    }

    [Fact]
    public async Task Render_CancelledWhileRendering_StopsBeforeEncoding()
    {
        using var cts = new CancellationTokenSource();
        var stages = new List<string>();
        var progress = new SyncProgress(p =>
        {
            stages.Add(p.Stage);
            if (p.Stage == "sky and floor")
                cts.Cancel();
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new PrevisEngine().RenderAsync(Request([Edward]), progress, cts.Token));
        Assert.DoesNotContain("encoding", stages);
    }

    [Fact]
    public async Task Render_ReportsProgressInOrderEndingAtOne()
    {
        var reports = new List<EngineProgress>();
        await new PrevisEngine().RenderAsync(Request([Edward]), new SyncProgress(reports.Add), Token);

        Assert.True(reports.Count >= 3);
        Assert.Equal(reports.Select(r => r.Fraction).Order(), reports.Select(r => r.Fraction));
        Assert.Equal(1, reports[^1].Fraction);
    }

    [Fact]
    public async Task Render_NoCharacters_FramesTheEmptySet()
    {
        var image = await BeautyAsync(Request([]));
        Assert.NotEqual(image.GetPixel(10, 2), image.GetPixel(10, image.Height - 2)); // sky above, floor below
    }

    private sealed class SyncProgress(Action<EngineProgress> report) : IProgress<EngineProgress>
    {
        public void Report(EngineProgress value) => report(value);
    }
}
