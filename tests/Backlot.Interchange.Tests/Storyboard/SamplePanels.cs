using System.Globalization;
using Backlot.Imaging;
using Backlot.Imaging.Formats.Png;
using Backlot.Interchange.Storyboard;

namespace Backlot.Interchange.Tests.Storyboard;

/// <summary>Storyboards made in the test: small PNG frames drawn with Backlot.Imaging, varied shot facts.</summary>
internal static class SamplePanels
{
    private static readonly string[] Sizes = ["WS", "MS", "MCU", "CU", "ECU", "OTS"];
    private static readonly string[] Angles = ["eye level", "low angle", "high angle", "dutch"];

    public static StoryboardDocument Document(int count) =>
        new("THE LAST REEL", "Storyboard · Scenes 1–3 · draft 2", Panels(count));

    public static IReadOnlyList<StoryboardPanel> Panels(int count) =>
        [.. Enumerable.Range(0, count).Select(Panel)];

    public static StoryboardPanel Panel(int i)
    {
        var scene = ((i / 5) + 1).ToString(CultureInfo.InvariantCulture);
        var description = (i % 3) switch
        {
            0 => "Mara crosses the empty projection booth and threads the last reel by the light of a single bulb.",
            1 => "MARA: \"If this burns, it all burns.\" She strikes the match; the flame trembles, reflected in the lens. "
                 + "Behind her, the door creaks open and a silhouette fills the frame, waiting, watching, saying nothing for a long, long time.",
            _ => "Insert: the reel spins.",
        };
        return new StoryboardPanel(
            SceneNumber: scene,
            SceneHeading: i % 2 == 0 ? "INT. PROJECTION BOOTH - NIGHT" : "EXT. CINEMA ROOFTOP - CONTINUOUS",
            ShotCode: string.Create(CultureInfo.InvariantCulture, $"{scene}{(char)('A' + (i % 5))}-{i + 1}"),
            Size: Sizes[i % Sizes.Length],
            Angle: i % 4 == 3 ? null : Angles[i % Angles.Length],
            LensMm: i % 3 == 2 ? null : 24 + (i * 5),
            Description: description,
            Characters: i % 2 == 0 ? ["MARA"] : ["MARA", "THE PROJECTIONIST"],
            TakeNumber: i % 4 == 1 ? null : (i % 3) + 1,
            ImagePng: i == 5 ? ReadOnlyMemory<byte>.Empty : Frame(i, 192, 108),
            CameraPlotPng: i % 2 == 0 ? Plot(i) : ReadOnlyMemory<byte>.Empty);
    }

    /// <summary>A sky-to-ground gradient with a dark block whose place depends on i: frames differ from each other.</summary>
    public static byte[] Frame(int i, int width, int height)
    {
        var image = new RgbaImage(width, height);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var sky = y < height * 2 / 3;
                var c = sky
                    ? new Rgba32((byte)(60 + (x * 120 / width)), (byte)(90 + (y * 100 / height)), 200)
                    : new Rgba32(90, (byte)(70 + (x * 60 / width)), 40);
                var bx = (i * 23) % (width - 30);
                if (x >= bx && x < bx + 30 && y >= height / 3 && y < (height * 2 / 3) + 10)
                    c = new Rgba32(20, 20, 30);
                image.SetPixel(x, y, c);
            }
        }

        return PngEncoder.Encode(image);
    }

    /// <summary>A white square with a camera dot and a subject dot: enough to see where the plot went.</summary>
    public static byte[] Plot(int i)
    {
        var image = new RgbaImage(64, 64);
        Array.Fill(image.Pixels, (byte)255);
        Dot(image, 12 + (i % 5 * 6), 50, new Rgba32(200, 30, 30));
        Dot(image, 32, 16, new Rgba32(30, 30, 200));
        return PngEncoder.Encode(image);
    }

    private static void Dot(RgbaImage image, int cx, int cy, Rgba32 c)
    {
        for (var y = cy - 4; y <= cy + 4; y++)
        {
            for (var x = cx - 4; x <= cx + 4; x++)
                image.SetPixel(x, y, c);
        }
    }
}
