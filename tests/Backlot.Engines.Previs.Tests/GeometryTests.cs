using Backlot.Domain.Sheets;
using Backlot.Imaging;
using static Backlot.Engines.Previs.Tests.PrevisTestRequests;

namespace Backlot.Engines.Previs.Tests;

/// <summary>The camera by numbers: pinhole projection, exported intrinsics and extrinsics, shot-size rules, lens maths.</summary>
public class GeometryTests
{
    // A red box 1 m wide, 2.6 m tall, its front face 7.5 m from a level camera 1.5 m up looking along −z, on the stage.
    private static FrameRequest BoxShot(double lens, double boxX = 0.87) => Request([],
        (KnobNames.Width, 640), (KnobNames.ImageHeight, 360), (KnobNames.Lens, lens), (PrevisKnobs.Light, "flat"),
        (PrevisKnobs.CameraPosition, "0,4"), (KnobNames.CameraHeight, 1.5), (PrevisKnobs.CameraTarget, "0,1.5,-10"),
        (PrevisKnobs.Props, $"box at={boxX.ToString(System.Globalization.CultureInfo.InvariantCulture)},-4 size=1,1,2.6 colour=#ff0000"));

    private static bool IsRed(Rgba32 p) => p.R > 180 && p.G < 120 && p.B < 120;

    [Fact]
    public async Task BoxEdges_LandWithinHalfAPixelOfThePinholePrediction()
    {
        var response = await RenderAsync(BoxShot(35));
        var image = response.Png("beauty");

        // Pinhole from first principles: f = focal / sensor width × image width; principal point at the centre.
        var f = 35 / 24.89 * 640;
        var expectedRight = 320 + (f * 1.37 / 7.5);   // front-right edge, x = 0.87 + 0.5
        var expectedTop = 180 - (f * (2.6 - 1.5) / 7.5); // front-top edge
        var right = Measure.EdgeColumn(image, 100, IsRed);
        var top = Measure.EdgeRow(image, 440, IsRed);

        Assert.InRange(Math.Abs(right - expectedRight), 0, 0.5);
        Assert.InRange(Math.Abs(top - expectedTop), 0, 0.5);
    }

    [Fact]
    public async Task CameraJson_ReprojectsTheBoxCornerWhereThePinholeModelPutsIt()
    {
        var response = await RenderAsync(BoxShot(35));
        var camera = Measure.Camera(response);

        var (u, v, z) = camera.Project(1.37, 2.6, -3.5);
        var f = 35 / 24.89 * 640;
        Assert.Equal(320 + (f * 1.37 / 7.5), u, 6);
        Assert.Equal(180 - (f * 1.1 / 7.5), v, 6);
        Assert.Equal(7.5, z, 9);
        Assert.Equal((f, f, 320.0, 180.0, 640, 360), (camera.Fx, camera.Fy, camera.Cx, camera.Cy, camera.Width, camera.Height));
    }

    [Fact]
    public async Task CameraJson_OfAPannedTiltedRolledCamera_ReprojectsEveryKeypoint()
    {
        var response = await RenderAsync(Request([Edward, Anna], (KnobNames.Size, "FS"), (PrevisKnobs.Pan, 6), (PrevisKnobs.Tilt, -4), (PrevisKnobs.Roll, 7), (KnobNames.Lens, 28)));
        var camera = Measure.Camera(response);
        var people = response.Info().People;
        var checkedPoints = 0;
        foreach (var p in people)
        {
            for (var k = 0; k < 18; k++)
            {
                if (p.Keypoints[(k * 3) + 2] <= 0)
                    continue;
                var (u, v, _) = camera.Project(p.Joints[k * 3], p.Joints[(k * 3) + 1], p.Joints[(k * 3) + 2]);
                Assert.Equal(p.Keypoints[k * 3], u, 2);
                Assert.Equal(p.Keypoints[(k * 3) + 1], v, 2);
                checkedPoints++;
            }
        }

        Assert.True(checkedPoints > 20);
    }

    [Fact]
    public async Task Cu_OfA180Character_PutsChinToCrownAt45To75PercentOfFrameHeight()
    {
        var response = await RenderAsync(Request([Edward], (KnobNames.Size, "CU"), (KnobNames.Width, 640), (KnobNames.ImageHeight, 360)));
        var camera = Measure.Camera(response);
        var info = response.Info();
        var eyes = Eyes(info.People[0]);
        const double h = 1.8;

        // Chin 0.062 h below the eyes, crown (with hair) at the full height, on the head's axis.
        var (_, chin, _) = camera.Project(eyes.X, eyes.Y - (0.062 * h), eyes.Z - 0.1);
        var (_, crown, _) = camera.Project(eyes.X, h, eyes.Z - 0.1);
        var share = (chin - crown) / 360;
        Assert.InRange(share, 0.45, 0.75);

        // The rendered head agrees: the mask's top row is the crown (or the frame's top when the crown is cut).
        var (top, _) = Measure.Extent(info, 1);
        Assert.InRange(top, Math.Max(0, crown - 3), Math.Max(0, crown) + 3);
    }

    [Fact]
    public async Task Ms_CutsTheFrameNearTheWaist()
    {
        var response = await RenderAsync(Request([Edward], (KnobNames.Size, "MS"), (KnobNames.Width, 640), (KnobNames.ImageHeight, 360)));
        var camera = Measure.Camera(response);
        var info = response.Info();

        // The bottom edge's ray through the centre column, met with the character's vertical plane (z = its feet's z).
        var (origin, d) = camera.Ray(320, 360);
        var z = info.People[0].Joints[(8 * 3) + 2];
        var t = (z - origin[2]) / d[2];
        var heightAtBottom = origin[1] + (d[1] * t);
        Assert.InRange(heightAtBottom / 1.8, 0.55, 0.66); // the waist is about 0.6 of the height
        var (_, bottom) = Measure.Extent(info, 1);
        Assert.Equal(359, bottom);
    }

    [Fact]
    public async Task FieldOfView_At24And85mm_MeasuredOnTheFrame_FollowsTheLensRatio()
    {
        // The same camera and box at both lenses: the box edge's column gives the focal length in pixels.
        var wide = Measure.EdgeColumn((await RenderAsync(BoxShot(24, boxX: 1.5))).Png("beauty"), 100, IsRed);
        var tele = Measure.EdgeColumn((await RenderAsync(BoxShot(85, boxX: 0.2))).Png("beauty"), 100, IsRed);
        var tanWide = 320 / ((wide - 320) / (2.0 / 7.5));
        var tanTele = 320 / ((tele - 320) / (0.7 / 7.5));

        // tan(hfov / 2) = sensor / (2 f): the ratio is 85 / 24.
        Assert.InRange(tanWide / tanTele / (85.0 / 24), 0.99, 1.01);
        var hfov24 = Measure.Camera(await RenderAsync(BoxShot(24))).HfovDeg;
        Assert.Equal(2 * Math.Atan(24.89 / 48) * 180 / Math.PI, hfov24, 9);
    }

    [Fact]
    public async Task Sensor_FullFrame_WidensTheViewByTheSensorRatio()
    {
        var s35 = Measure.Camera(await RenderAsync(Request([Edward], (KnobNames.Lens, 50))));
        var ff = Measure.Camera(await RenderAsync(Request([Edward], (KnobNames.Lens, 50), (KnobNames.Sensor, "fullframe"))));
        var custom = Measure.Camera(await RenderAsync(Request([Edward], (KnobNames.Lens, 50), (KnobNames.Sensor, "30.7"))));
        Assert.Equal(36 / 24.89, s35.Fx / ff.Fx, 9);
        Assert.Equal(30.7, custom.SensorWidthMm);
    }

    private static (double X, double Y, double Z) Eyes(PrevisPerson p)
    {
        // COCO-18: 14 right eye, 15 left eye.
        var j = p.Joints;
        return ((j[42] + j[45]) / 2, (j[43] + j[46]) / 2, (j[44] + j[47]) / 2);
    }
}
