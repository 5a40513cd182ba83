using System.Text.Json;
using Backlot.Domain.Sheets;
using Backlot.Imaging.Formats.Exr;
using Backlot.Imaging.Formats.Png;
using static Backlot.Engines.Previs.Tests.PrevisTestRequests;

namespace Backlot.Engines.Previs.Tests;

/// <summary>Depth, instance masks and pose keypoints agree with the scene they come from.</summary>
public class MapsTests
{
    [Fact]
    public async Task Outputs_AreEveryRoleWithItsMediaTypeAndSize()
    {
        var response = await RenderAsync(Request([Edward, Mara]));
        string[] roles = ["beauty", "depth", "depth-exr", "mask", "mask-ids", "pose", "pose-image", "camera", "plot"];
        Assert.Equal(roles, response.Outputs.Select(o => o.Role));
        foreach (var o in response.Outputs.Where(o => o.MediaType == "image/png"))
        {
            var size = PngDecoder.ReadSize(o.Content.Span);
            Assert.Equal(o.Role == "plot" ? (480, 480) : (320, 180), size);
        }

        var info = response.Info();
        Assert.Equal((320, 180, 320 * 180, 320 * 180), (info.Width, info.Height, info.DepthMetres.Length, info.InstanceIds.Length));
    }

    [Fact]
    public async Task Depth_AtSampledFloorAndBoxPixels_IsTheTrueDistanceWithinOnePercent()
    {
        var response = await RenderAsync(Request([], (KnobNames.Width, 640), (KnobNames.ImageHeight, 360), (PrevisKnobs.CameraPosition, "0,4"),
            (KnobNames.CameraHeight, 1.5), (PrevisKnobs.CameraTarget, "0,0.5,-10"), (PrevisKnobs.Props, "box at=-2,-4 size=1,1,1")));
        var info = response.Info();
        var camera = Measure.Camera(response);
        var sampled = 0;
        for (var v = 200; v < 360; v += 23)
        {
            for (var u = 400; u < 640; u += 37)
            {
                // The floor (y = 0) along the pixel centre's ray, as depth along the view axis.
                var (origin, d) = camera.Ray(u + 0.5, v + 0.5);
                var t = -origin[1] / d[1];
                var expected = t; // the ray's camera-space z is 1 per unit t
                Assert.InRange(info.DepthMetres[(v * 640) + u] / expected, 0.99, 1.01);
                sampled++;
            }
        }

        // The box's front face (z = −3.5) lies square to a camera whose axis is tilted: check its depth by projection.
        var (bu, bv, bz) = camera.Project(-2, 0.5, -3.5);
        Assert.InRange(info.DepthMetres[((int)bv * 640) + (int)bu] / bz, 0.99, 1.01);
        Assert.True(sampled > 40);
        Assert.True(float.IsPositiveInfinity(info.DepthMetres[320])); // sky
    }

    [Fact]
    public async Task DepthExr_HoldsTheMetricDepthAsAFloatZChannel()
    {
        var response = await RenderAsync(Request([Edward]));
        var exr = ExrReader.Read(response.Outputs.Single(o => o.Role == "depth-exr").Content.ToArray());
        var z = exr.Find("Z");
        Assert.NotNull(z);
        Assert.Equal(ExrPixelType.Float, z.Type);
        Assert.Equal(response.Info().DepthMetres, z.Data);
    }

    [Fact]
    public async Task Depth16_IsBrightNearAndZeroInTheSky()
    {
        var response = await RenderAsync(Request([Edward], (KnobNames.Size, "MS")));
        var (values, w, _) = PngDecoder.DecodeGray16(response.Outputs.Single(o => o.Role == "depth").Content.Span);
        var info = response.Info();
        var nearest = Array.IndexOf(values, values.Max());
        Assert.InRange(info.DepthMetres[nearest] / info.NearestMetres, 0.98, 1.05);
        Assert.Equal(0, values[5]);
        Assert.Equal(320, w);
    }

    [Fact]
    public async Task Mask_CarriesEachCharactersIdOnItsBodyAndZeroElsewhere()
    {
        var response = await RenderAsync(Request([Edward, Mara], (KnobNames.Size, "FS"), (KnobNames.Framing, "two-shot"), (KnobNames.Width, 640), (KnobNames.ImageHeight, 360)));
        var info = response.Info();
        var camera = Measure.Camera(response);
        foreach (var p in info.People)
        {
            // The chest, between neck and hips, is solid body.
            var j = p.Joints;
            var chest = (X: (j[3] + j[24] + j[33]) / 3, Y: (j[4] + j[25] + j[34]) / 3, Z: (j[5] + j[26] + j[35]) / 3);
            var (u, v, _) = camera.Project(chest.X, chest.Y, chest.Z);
            Assert.Equal(p.Id, info.InstanceIds[((int)v * 640) + (int)u]);
        }

        Assert.Equal(0, info.InstanceIds[5]);
        Assert.Equal(["EDWARD", "MARA"], info.Instances.Select(i => i.Name));
        Assert.Equal([1, 2], info.Instances.Select(i => i.Id));

        using var ids = JsonDocument.Parse(response.Outputs.Single(o => o.Role == "mask-ids").Content);
        var instances = ids.RootElement.GetProperty("instances").EnumerateArray().ToList();
        Assert.Equal("MARA", instances[1].GetProperty("name").GetString());
        Assert.Equal(2, instances[1].GetProperty("id").GetInt32());

        // The mask PNG paints each id in its table colour.
        var mask = response.Png("mask");
        var (mu, mv, _) = camera.Project(info.People[1].Joints[3], info.People[1].Joints[4] - 0.2, info.People[1].Joints[5]);
        Assert.Equal(instances[1].GetProperty("colour").GetString(), mask.GetPixel((int)mu, (int)mv).ToHex());
    }

    [Fact]
    public async Task Keypoints_FallWithinTwoPixelsOfTheirCharactersRenderedBody()
    {
        foreach (var pose in new[] { "stand", "walk", "point", "fight", "sit", "kneel" })
        {
            var response = await RenderAsync(Request([Edward], (KnobNames.Size, "FS"), (KnobNames.Width, 640), (KnobNames.ImageHeight, 360),
                (KnobNames.Blocking, $"EDWARD: pose={pose} face=25deg")));
            var info = response.Info();
            var person = Assert.Single(info.People);
            var visible = 0;
            for (var k = 0; k < 18; k++)
            {
                if (person.Keypoints[(k * 3) + 2] <= 0)
                    continue;
                var (x, y) = ((int)person.Keypoints[k * 3], (int)person.Keypoints[(k * 3) + 1]);
                var near = false;
                for (var dy = -2; dy <= 2 && !near; dy++)
                {
                    for (var dx = -2; dx <= 2 && !near; dx++)
                    {
                        var (px, py) = (Math.Clamp(x + dx, 0, 639), Math.Clamp(y + dy, 0, 359));
                        near = info.InstanceIds[(py * 640) + px] == person.Id;
                    }
                }

                Assert.True(near, $"{pose}: keypoint {k} at ({x}, {y}) is not on the rendered body");
                visible++;
            }

            Assert.True(visible >= 12, $"{pose}: only {visible} keypoints visible");
        }
    }

    [Fact]
    public async Task PoseJson_IsOpenPoseCoco18WithOnePersonPerDrawnCharacter()
    {
        var response = await RenderAsync(Request([Edward, Mara], (KnobNames.Size, "FS")));
        using var doc = JsonDocument.Parse(response.Outputs.Single(o => o.Role == "pose").Content);
        var people = doc.RootElement.GetProperty("people").EnumerateArray().ToList();
        Assert.Equal(2, people.Count);
        Assert.All(people, p => Assert.Equal(54, p.GetProperty("pose_keypoints_2d").GetArrayLength()));
        Assert.Equal("nose", doc.RootElement.GetProperty("keypoint_names")[0].GetString());
        Assert.Equal(320, doc.RootElement.GetProperty("canvas_width").GetInt32());

        // The pose image draws the neck joint in OpenPose's colour for point 1 (255, 85, 0).
        var image = response.Png("pose-image");
        var neck = people[0].GetProperty("pose_keypoints_2d");
        var pixel = image.GetPixel((int)neck[3].GetDouble(), (int)neck[4].GetDouble());
        Assert.Equal((255, 85, 0), (pixel.R, pixel.G, pixel.B));
    }

    [Fact]
    public async Task Pov_LeavesTheViewerOutOfTheFrameAndItsMapsButOnThePlot()
    {
        var response = await RenderAsync(Request([Edward, Anna], (KnobNames.Framing, "pov"), (KnobNames.Subject, "ANNA"), (KnobNames.Size, "MS"),
            (KnobNames.Blocking, "ANNA: pos=0,-2 face=EDWARD; EDWARD: pos=0,1 face=ANNA")));
        var info = response.Info();
        Assert.Equal(["ANNA"], info.People.Select(p => p.Name));
        Assert.DoesNotContain((byte)1, info.InstanceIds);
        Assert.Contains((byte)2, info.InstanceIds);
    }
}
