using Backlot.Domain.Sheets;
using Backlot.Imaging;
using Backlot.Imaging.Colour;
using static Backlot.Engines.Previs.Tests.PrevisTestRequests;

namespace Backlot.Engines.Previs.Tests;

/// <summary>
/// One character keeps its look across shots. Measurement: a 5×5 patch at the middle of the chest's front face
/// (a third of the way from neck to hips, projected with the exported camera), averaged in linear light, compared in
/// CIELAB with CIEDE2000. Shading is flat per face and every light is fixed to the set, so that face's colour depends
/// on the light and its normal only: in shaded style it must not move between shots, and under flat light it must be
/// the look's own colour.
/// </summary>
public class ConsistencyTests
{
    private static readonly (string Knob, object Value)[][] Shots =
    [
        [(KnobNames.Size, "FS"), (KnobNames.Lens, 24)],
        [(KnobNames.Size, "FS"), (KnobNames.Lens, 50)],
        [(KnobNames.Size, "MS"), (KnobNames.Lens, 35)],
        [(KnobNames.Size, "MS"), (KnobNames.Lens, 85)],
        [(KnobNames.Size, "MCU"), (KnobNames.Lens, 50)],
        [(KnobNames.Size, "WS"), (KnobNames.Lens, 85)],
        [(KnobNames.Size, "FS"), (KnobNames.Lens, 35), (KnobNames.Angle, "high")],
        [(KnobNames.Size, "MS"), (KnobNames.Lens, 50), (KnobNames.Angle, "low")],
        [(KnobNames.Size, "MCU"), (KnobNames.Lens, 85), (PrevisKnobs.Pan, 4), (PrevisKnobs.Roll, 5)],
        [(KnobNames.Size, "FS"), (KnobNames.Lens, 35), (PrevisKnobs.CameraPosition, "2.2,4.5")],
    ];

    [Fact]
    public async Task Clothing_InTenShotsUnderTheSameLight_KeepsItsColourWithinDeltaE1()
    {
        var patches = await ChestPatchesAsync("day");
        var reference = patches[0];
        var worst = patches.Max(p => CieLab.DeltaE2000(reference, p));
        Assert.True(worst < 1, $"worst ΔE2000 {worst:F3} across {patches.Count} shots: {string.Join(", ", patches.Select(p => CieLab.DeltaE2000(reference, p).ToString("F2", System.Globalization.CultureInfo.InvariantCulture)))}");
    }

    [Fact]
    public async Task Clothing_InTenShotsUnderFlatLight_IsTheLooksColourWithinDeltaE1()
    {
        var patches = await ChestPatchesAsync("flat");
        var bible = CieLab.FromSrgb(Rgba32.FromHex(Edward.Look!.Top));
        var worst = patches.Max(p => CieLab.DeltaE2000(bible, p));
        Assert.True(worst < 1, $"worst ΔE2000 {worst:F3} from the look's top colour: {string.Join(", ", patches.Select(p => CieLab.DeltaE2000(bible, p).ToString("F2", System.Globalization.CultureInfo.InvariantCulture)))}");
    }

    [Fact]
    public async Task FrontalTwoShot_KeepsTheBiblesHeightRatioWithinTwoPercent()
    {
        var response = await RenderAsync(Request([Edward, Mara], (KnobNames.Size, "FS"), (KnobNames.Framing, "two-shot"), (KnobNames.Width, 640), (KnobNames.ImageHeight, 360)));
        var info = response.Info();
        var (edTop, edBottom) = Measure.Extent(info, 1);
        var (maTop, maBottom) = Measure.Extent(info, 2);
        var ratio = (maBottom - maTop + 1.0) / (edBottom - edTop + 1.0);
        Assert.InRange(ratio / (1.62 / 1.8), 0.98, 1.02);
    }

    private static async Task<List<CieLab>> ChestPatchesAsync(string light)
    {
        var patches = new List<CieLab>();
        foreach (var shot in Shots)
        {
            var knobs = shot.Concat([(KnobNames.Width, (object)480), (KnobNames.ImageHeight, 270), (PrevisKnobs.Light, light)]).ToArray();
            var response = await RenderAsync(Request([Edward], knobs));
            var camera = Measure.Camera(response);
            var j = response.Info().People[0].Joints;
            // Neck (1), hips (8, 11); the chest's front face is about 0.1 m in front of that line.
            var (x, y, z) = (j[3] + (((j[24] + j[33]) / 2 - j[3]) / 3), j[4] + (((j[25] + j[34]) / 2 - j[4]) / 3), j[5] + (((j[26] + j[35]) / 2 - j[5]) / 3) + 0.1);
            var (u, v, _) = camera.Project(x, y, z);
            patches.Add(CieLab.FromSrgb(Measure.Patch(response.Png("beauty"), u, v, 2)));
        }

        return patches;
    }
}

/// <summary>The CIEDE2000 implementation the consistency tests measure with, against Sharma, Wu and Dalal's published pairs.</summary>
public class CieDe2000Tests
{
    [Theory]
    [InlineData(50, 2.6772, -79.7751, 50, 0, -82.7485, 2.0425)]
    [InlineData(50, 3.1571, -77.2803, 50, 0, -82.7485, 2.8615)]
    [InlineData(50, 0, 0, 50, -1, 2, 2.3669)]
    [InlineData(50, 2.5, 0, 73, 25, -18, 27.1492)]
    [InlineData(50, 2.5, 0, 61, -5, 29, 22.8977)]
    [InlineData(50, 2.5, 0, 56, -27, -3, 31.9030)]
    [InlineData(50, 2.5, 0, 58, 24, 15, 19.4535)]
    public void DeltaE2000_MatchesThePublishedTestData(double l1, double a1, double b1, double l2, double a2, double b2, double expected)
    {
        Assert.Equal(expected, CieLab.DeltaE2000(new CieLab(l1, a1, b1), new CieLab(l2, a2, b2)), 4);
        Assert.Equal(expected, CieLab.DeltaE2000(new CieLab(l2, a2, b2), new CieLab(l1, a1, b1)), 4);
    }

    [Fact]
    public void FromSrgb_WhiteIsL100AndNeutral()
    {
        var white = CieLab.FromSrgb(new Rgba32(255, 255, 255));
        Assert.Equal(100, white.L, 3);
        Assert.Equal(0, white.A, 2);
        Assert.Equal(0, white.B, 2);
    }
}
