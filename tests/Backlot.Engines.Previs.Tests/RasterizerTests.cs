using Backlot.Domain.Sheets;
using static Backlot.Engines.Previs.Tests.PrevisTestRequests;

namespace Backlot.Engines.Previs.Tests;

public class RasterizerTests
{
    [Fact]
    public async Task NearPlane_AWallRunningPastTheCamera_IsClippedNotDropped()
    {
        // A 20 m wall 0.6 m to the camera's right, running from behind it to far ahead.
        var response = await RenderAsync(Request([], (PrevisKnobs.CameraPosition, "0,0"), (KnobNames.CameraHeight, 1.5),
            (PrevisKnobs.CameraTarget, "0,1.5,-10"), (PrevisKnobs.Props, "wall at=0.7,0 size=0.2,20,3 colour=#2040c0"), (PrevisKnobs.Light, "flat")));
        var info = response.Info();
        var image = response.Png("beauty");

        // The wall fills the right edge of the frame from top to bottom, and reaches the frame edge 1.7 m out (0.6 m / tan(hfov / 2)).
        for (var y = 0; y < 180; y++)
        {
            var p = image.GetPixel(319, y);
            Assert.True(p.B > 150 && p.R < 80, $"row {y}: {p}");
        }

        Assert.Contains(info.DepthMetres, d => d < 1.8);
        Assert.DoesNotContain(info.DepthMetres, d => d <= 0 || float.IsNaN(d));
    }

    [Fact]
    public async Task BackFaces_AreCulledSoACameraInsideABoxSeesOut()
    {
        // From inside a closed box, every face points away: the camera sees the stage around it.
        var inside = await BeautyAsync(Request([Edward], (KnobNames.Size, "FS"), (PrevisKnobs.Props, "box at=0,5.2 size=2,2,3 colour=#2040c0")));
        var without = await BeautyAsync(Request([Edward], (KnobNames.Size, "FS")));
        Assert.Equal(without.Pixels, inside.Pixels);
    }

    [Fact]
    public async Task AntiAliasing_BlendsEdgePixels()
    {
        var image = await BeautyAsync(Request([], (PrevisKnobs.CameraPosition, "0,4"), (KnobNames.CameraHeight, 1.5), (PrevisKnobs.CameraTarget, "0,1.5,-10"),
            (PrevisKnobs.Props, "box at=0.33,-4 size=1,1,3 colour=#ff0000"), (PrevisKnobs.Light, "flat"), (PrevisKnobs.Roll, 7)));
        // A tilted edge against the sky leaves pixels between the box's red and the sky.
        var row = Enumerable.Range(0, 320).Select(x => image.GetPixel(x, 60)).ToList();
        Assert.Contains(row, p => p.R > 210 && p.G is > 40 and < 170);
    }
}
