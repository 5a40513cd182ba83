using Backlot.Engines.Previs.Drawing;
using Backlot.Imaging;
using Backlot.Imaging.Formats.Png;
using static Backlot.Engines.Previs.Tests.PrevisTestRequests;

namespace Backlot.Engines.Previs.Tests;

/// <summary>
/// Renders the canonical setups and compares their beauty passes with the committed references in Goldens/: the mean
/// absolute difference per channel must be at most 1 and at most 0.5 % of the pixels may differ by more than 16 in any
/// channel (room for floating-point differences between machines, none for a changed picture). With
/// BACKLOT_UPDATE_GOLDENS=1 the references and docs/previs-contact-sheet.png are written instead (tools/previs-goldens.sh).
/// </summary>
public class GoldenImageTests
{
    public const double MaxMeanAbsoluteDifference = 1.0;
    public const double MaxShareOffBy16 = 0.005;

    private static bool Updating => Environment.GetEnvironmentVariable("BACKLOT_UPDATE_GOLDENS") == "1";

    public static TheoryData<string> Cases => [.. GoldenCases.All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Beauty_MatchesTheGoldenImage(string name)
    {
        var request = GoldenCases.All.Single(c => c.Name == name).Request;
        var response = await RenderAsync(request);
        var bytes = response.Outputs.Single(o => o.Role == "beauty").Content.ToArray();
        var path = GoldenPath(name);
        if (Updating)
        {
            await File.WriteAllBytesAsync(path, bytes, TestContext.Current.CancellationToken);
            return;
        }

        Assert.True(File.Exists(path), $"no golden image {path}; run tools/previs-goldens.sh");
        var expected = PngDecoder.Decode(await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken));
        var actual = PngDecoder.Decode(bytes);
        var (mean, share) = Compare(expected, actual);
        Assert.True(mean <= MaxMeanAbsoluteDifference && share <= MaxShareOffBy16,
            $"{name}: mean abs diff {mean:F3} per channel (max {MaxMeanAbsoluteDifference}), {share:P2} pixels off by more than 16 (max {MaxShareOffBy16:P1})");
    }

    [Fact]
    public void Compare_CountsMeanDifferenceAndPixelsFarOff()
    {
        var a = new RgbaImage(10, 10);
        var b = new RgbaImage(10, 10);
        b.SetPixel(3, 3, new Rgba32(200, 0, 0, 0));
        var (mean, share) = Compare(a, b);
        Assert.Equal(200.0 / 300, mean, 6);
        Assert.Equal(0.01, share, 6);
    }

    [Fact]
    public async Task ContactSheet_LabelsEveryGoldenAndTheMapsOfOne()
    {
        var tiles = new List<(string Label, RgbaImage Image)>();
        foreach (var (name, _) in GoldenCases.All)
        {
            var path = GoldenPath(name);
            if (File.Exists(path))
                tiles.Add((name, PngDecoder.Decode(await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken))));
        }

        var maps = await RenderAsync(GoldenCases.All.Single(c => c.Name == "ms-field-golden-50mm-point").Request);
        foreach (var role in new[] { "depth", "mask", "pose-image", "plot" })
        {
            var image = role == "depth" ? DepthToRgba(maps) : maps.Png(role);
            tiles.Add(($"maps: {role}", role == "plot" ? image.ResizeToFit(320, 180) : image));
        }

        var sheet = ContactSheet(tiles);
        Assert.True(sheet.Width >= 4 * 320);
        if (Updating)
            await File.WriteAllBytesAsync(Path.Combine(RepositoryRoot(), "docs", "previs-contact-sheet.png"), PngEncoder.Encode(sheet), TestContext.Current.CancellationToken);
    }

    internal static (double Mean, double Share) Compare(RgbaImage expected, RgbaImage actual)
    {
        Assert.Equal((expected.Width, expected.Height), (actual.Width, actual.Height));
        long sum = 0;
        var off = 0;
        var a = expected.Pixels;
        var b = actual.Pixels;
        for (var i = 0; i < a.Length; i += 4)
        {
            var worst = 0;
            for (var c = 0; c < 3; c++)
            {
                var d = Math.Abs(a[i + c] - b[i + c]);
                sum += d;
                worst = Math.Max(worst, d);
            }

            if (worst > 16)
                off++;
        }

        var pixels = a.Length / 4;
        return (sum / (pixels * 3.0), off / (double)pixels);
    }

    private static string GoldenPath(string name) =>
        Path.Combine(RepositoryRoot(), "tests", "Backlot.Engines.Previs.Tests", "Goldens", name + ".png");

    private static RgbaImage DepthToRgba(FrameResponse response)
    {
        var (values, w, h) = PngDecoder.DecodeGray16(response.Outputs.Single(o => o.Role == "depth").Content.Span);
        var image = new RgbaImage(w, h);
        for (var i = 0; i < values.Length; i++)
        {
            var v = (byte)(values[i] >> 8);
            (image.Pixels[i * 4], image.Pixels[(i * 4) + 1], image.Pixels[(i * 4) + 2], image.Pixels[(i * 4) + 3]) = (v, v, v, 255);
        }

        return image;
    }

    private static RgbaImage ContactSheet(List<(string Label, RgbaImage Image)> tiles)
    {
        const int columns = 4, tileW = 320, tileH = 180, pad = 10, label = 22;
        var rows = (tiles.Count + columns - 1) / columns;
        var title = 36;
        var canvas = new Canvas((columns * (tileW + pad)) + pad, title + (rows * (tileH + label + pad)) + pad, Rgba32.FromHex("#1e1f22"), 1);
        canvas.Text(pad, 10, "BACKLOT PREVIS 0.2 - GOLDEN SETUPS (320X180)", 2, Rgba32.FromHex("#f0f0f0"));
        for (var i = 0; i < tiles.Count; i++)
        {
            var x = pad + (i % columns * (tileW + pad));
            var y = title + (i / columns * (tileH + label + pad));
            canvas.Draw(tiles[i].Image, x + ((tileW - tiles[i].Image.Width) / 2), y);
            canvas.Text(x, y + tileH + 6, tiles[i].Label, 2, Rgba32.FromHex("#d8d8d8"));
        }

        return canvas.ToImage();
    }
}
