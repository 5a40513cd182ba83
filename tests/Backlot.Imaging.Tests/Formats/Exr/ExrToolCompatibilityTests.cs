using System.Globalization;
using Backlot.Imaging.Formats.Exr;

namespace Backlot.Imaging.Tests.Formats.Exr;

/// <summary>Files we write must open in OpenEXR's own exrheader and in OpenImageIO, and match oiiotool's references.</summary>
public sealed class ExrToolCompatibilityTests : IDisposable
{
    private static readonly float[] Colour1 = [0.25f, 0.5f, 0.75f, 1f, 2.5f];
    private static readonly float[] Colour2 = [1f, 0f, 0.5f, 0.125f, 1000.75f];

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("backlot-exr-");

    public void Dispose() => _dir.Delete(recursive: true);

    public static TheoryData<ExrCompression, ExrPixelType> Cases()
    {
        var data = new TheoryData<ExrCompression, ExrPixelType>();
        foreach (var c in ExrTestImages.Compressions)
        {
            data.Add(c, ExrPixelType.Half);
            data.Add(c, ExrPixelType.Float);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Exrheader_ReadsOurFile_WithItsChannelsAndCompression(ExrCompression compression, ExrPixelType type)
    {
        var path = Save("ours.exr", ExrWriter.Write(ExrTestImages.Mixed(17, 5, type), compression));

        var output = await ExrTools.RunOkAsync("exrheader", path);

        var bits = type == ExrPixelType.Half ? "16-bit floating-point" : "32-bit floating-point";
        foreach (var name in new[] { "A", "B", "G", "R" })
            Assert.Contains($"    {name}, {bits}, sampling 1 1", output, StringComparison.Ordinal);
        Assert.Contains("    Z, 32-bit floating-point, sampling 1 1", output, StringComparison.Ordinal);
        var expected = compression switch
        {
            ExrCompression.None => "compression (type compression): none",
            ExrCompression.Zips => "compression (type compression): zip, individual scanlines",
            _ => "compression (type compression): zip, multi-scanline blocks",
        };
        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.Contains("dataWindow (type box2i): (0 0) - (16 4)", output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task ExrinfoStrict_AcceptsOurFile(ExrCompression compression, ExrPixelType type)
    {
        var path = Save("ours.exr", ExrWriter.Write(ExrTestImages.Mixed(17, 5, type), compression));

        var output = await ExrTools.RunOkAsync("exrinfo", "--strict", "-v", path);

        Assert.Contains("channels: chlist 5 channels", output, StringComparison.Ordinal);
        Assert.Contains("dataWindow: box2i [ 0, 0 - 16 4 ] 17 x 5", output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Oiiotool_ReadsOurFile_WithTheRightSizeAndChannels(ExrCompression compression, ExrPixelType type)
    {
        var path = Save("ours.exr", ExrWriter.Write(ExrTestImages.Mixed(17, 5, type), compression));

        var output = await ExrTools.RunOkAsync("oiiotool", "--info", "-v", path);

        // OpenImageIO lists R, G, B, A first, and types per channel only when they differ.
        var channels = type == ExrPixelType.Half
            ? "channel list: R (half), G (half), B (half), A (half), Z (float)"
            : "channel list: R, G, B, A, Z";
        Assert.Contains("17 x    5, 5 channel,", output, StringComparison.Ordinal);
        Assert.Contains(channels, output, StringComparison.Ordinal);
        var name = compression switch { ExrCompression.None => "none", ExrCompression.Zips => "zips", _ => "zip" };
        Assert.Contains($"compression: \"{name}\"", output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Idiff_OurConstantMatchesOiiotoolsConstant(ExrCompression compression, ExrPixelType type)
    {
        var t = type == ExrPixelType.Half ? "half" : "float";
        var reference = Path.Combine(_dir.FullName, "ref.exr");
        await ExrTools.RunOkAsync("oiiotool", "--pattern", "constant:color=0.25,0.5,0.75,1", "8x4", "4", "-d", t, "-o", reference);
        var n = 8 * 4;
        var ours = new ExrImage(8, 4,
        [
            new("R", type, Filled(n, 0.25f)), new("G", type, Filled(n, 0.5f)), new("B", type, Filled(n, 0.75f)), new("A", type, Filled(n, 1f)),
        ]);
        var path = Save("ours.exr", ExrWriter.Write(ours, compression));

        var output = await ExrTools.RunOkAsync("idiff", reference, path);

        Assert.Contains("PASS", output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Idiff_OurRgbaZCheckerMatchesOiiotoolsChecker(ExrCompression compression, ExrPixelType type)
    {
        const int width = 17, height = 21; // ZIP: chunks of 16 and 5 lines
        var t = type == ExrPixelType.Half ? "half" : "float";
        var reference = Path.Combine(_dir.FullName, "ref.exr");
        await ExrTools.RunOkAsync(
            "oiiotool", "--pattern", $"checker:width=4:height=3:color1={Join(Colour1)}:color2={Join(Colour2)}", $"{width}x{height}", "5",
            "--chnames", "R,G,B,A,Z", "-d", t, "-d", "Z=float", "-o", reference);
        var planes = ExrTestImages.Checker(width, height, 4, 3, Colour1, Colour2);
        var rgba = new float[width * height * 4];
        for (var i = 0; i < width * height; i++)
        {
            for (var c = 0; c < 4; c++)
                rgba[(i * 4) + c] = planes[c][i];
        }

        var ours = ExrImage.FromLinearRgba(rgba, width, height, planes[4]);
        if (type == ExrPixelType.Float)
            ours = new ExrImage(width, height, ours.Channels.Select(c => c with { Type = ExrPixelType.Float }));
        var path = Save("ours.exr", ExrWriter.Write(ours, compression));

        var output = await ExrTools.RunOkAsync("idiff", "-fail", "0", "-warn", "0", reference, path);

        Assert.Contains("PASS", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Idiff_DetectsADifferentPixel()
    {
        var reference = Path.Combine(_dir.FullName, "ref.exr");
        await ExrTools.RunOkAsync("oiiotool", "--pattern", "constant:color=0.25,0.5,0.75,1", "8x4", "4", "-d", "half", "-o", reference);
        var r = Filled(32, 0.25f);
        r[13] = 0.3f;
        var ours = new ExrImage(8, 4,
        [
            new("R", ExrPixelType.Half, r), new("G", ExrPixelType.Half, Filled(32, 0.5f)),
            new("B", ExrPixelType.Half, Filled(32, 0.75f)), new("A", ExrPixelType.Half, Filled(32, 1f)),
        ]);
        var path = Save("ours.exr", ExrWriter.Write(ours));

        var result = await ExrTools.RunAsync("idiff", reference, path);

        Assert.NotEqual(0, result.ExitCode); // the comparison above is not vacuous
    }

    private string Save(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir.FullName, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static float[] Filled(int n, float v) => Enumerable.Repeat(v, n).ToArray();

    private static string Join(float[] values) => string.Join(',', values.Select(v => v.ToString("R", CultureInfo.InvariantCulture)));
}
