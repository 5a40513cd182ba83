using System.Text.Json;
using Backlot.Cli.Tests.Support;
using Backlot.Imaging;
using Backlot.Imaging.Formats.Jpeg;
using Backlot.Imaging.Formats.Png;
using Backlot.Imaging.Processing;

namespace Backlot.Cli.Tests.Provenance;

/// <summary>`backlot trace`: the invisible watermark in exported frames names the production, shot and take, also after a leak's usual damage.</summary>
public sealed class TraceCommandTests(SignedFrames frames) : IClassFixture<SignedFrames>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Trace_ExportedFrame_NamesItsShotAndTake()
    {
        var file = frames.Files[3];
        var (shot, take) = ShotAndTake(file);

        var result = await frames.Data.RunAsync("trace", file, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.True(root.GetProperty("found").GetBoolean());
        Assert.Equal("THE LAST REEL", root.GetProperty("production").GetString());
        Assert.Equal((shot, take), (root.GetProperty("shot").GetString(), root.GetProperty("take").GetInt32()));
        Assert.True(root.GetProperty("falsePositiveProbability").GetDouble() < 1e-6);
    }

    public static TheoryData<string> Leaks => ["jpeg50", "crop10", "half-and-back"];

    [Theory]
    [MemberData(nameof(Leaks))]
    public async Task Trace_AfterALeaksUsualDamage_StillNamesTheTake(string damage)
    {
        var file = frames.Files[^1];
        var (shot, take) = ShotAndTake(file);
        var frame = PngDecoder.Decode(await File.ReadAllBytesAsync(file, Ct));
        var leaked = frames.Data.File($"leaked-{damage}");
        var bytes = damage switch
        {
            "jpeg50" => JpegCodec.Encode(frame, 50),
            "crop10" => PngEncoder.Encode(ImageCrop.Crop(frame, frame.Width / 20, frame.Height / 20, frame.Width * 9 / 10, frame.Height * 9 / 10)),
            _ => PngEncoder.Encode(ImageResize.Bilinear(ImageResize.Bilinear(frame, frame.Width / 2, frame.Height / 2), frame.Width, frame.Height)),
        };
        await File.WriteAllBytesAsync(leaked, bytes, Ct);

        var result = await frames.Data.RunAsync("trace", leaked);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"shot {shot}, take {take}", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trace_UnmarkedImage_FindsNothingAndExitsOne()
    {
        var image = new RgbaImage(320, 180);
        var random = new Random(7);
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
                image.SetPixel(x, y, new Rgba32((byte)random.Next(256), (byte)(x % 256), (byte)(y % 256), 255));
        }

        var file = frames.Data.File("unmarked.png");
        await File.WriteAllBytesAsync(file, PngEncoder.Encode(image), Ct);

        var result = await frames.Data.RunAsync("trace", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no Backlot watermark found", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trace_NotAnImage_IsOneLineNamingTheFile()
    {
        var file = frames.Data.File("notes.txt");
        await File.WriteAllTextAsync(file, "not a frame", Ct);

        var result = await frames.Data.RunAsync("trace", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("notes.txt: not a PNG or JPEG image", Assert.Single(result.StderrLines), StringComparison.Ordinal);
    }

    private static (string Shot, int Take) ShotAndTake(string file)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        var at = name.LastIndexOf("_t", StringComparison.Ordinal);
        return (name[..at], int.Parse(name[(at + 2)..], System.Globalization.CultureInfo.InvariantCulture));
    }
}
