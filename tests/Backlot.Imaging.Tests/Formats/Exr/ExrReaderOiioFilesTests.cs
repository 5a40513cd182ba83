using System.Globalization;
using System.Text.RegularExpressions;
using Backlot.Imaging.Formats.Exr;

namespace Backlot.Imaging.Tests.Formats.Exr;

/// <summary>Files written by OpenImageIO's oiiotool (with OpenEXR's own library) must read to the same pixels.</summary>
public sealed partial class ExrReaderOiioFilesTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("backlot-exr-");

    public void Dispose() => _dir.Delete(recursive: true);

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var c in new[] { "none", "zips", "zip" })
        {
            data.Add(c, "half");
            data.Add(c, "float");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Read_OiiotoolChecker_GivesTheCheckerSamples(string compression, string type)
    {
        float[] colour1 = [0.25f, 0.5f, 0.75f, 1f, 2.5f], colour2 = [1f, 0f, 0.5f, 0.125f, 1000.75f];
        var path = Path.Combine(_dir.FullName, "ref.exr");
        await ExrTools.RunOkAsync(
            "oiiotool", "--pattern", "checker:width=4:height=3:color1=0.25,0.5,0.75,1,2.5:color2=1,0,0.5,0.125,1000.75", "17x21", "5",
            "--chnames", "R,G,B,A,Z", "-d", type, "-d", "Z=float", "--compression", compression, "-o", path);

        var image = ExrReader.Read(File.ReadAllBytes(path));

        Assert.Equal(compression, ExrReader.ReadInfo(File.ReadAllBytes(path)).Compression.ToString().ToLowerInvariant());
        Assert.Equal((17, 21), (image.Width, image.Height));
        var expected = ExrTestImages.Checker(17, 21, 4, 3, colour1, colour2);
        string[] names = ["R", "G", "B", "A", "Z"];
        for (var c = 0; c < names.Length; c++)
        {
            var channel = image.Find(names[c])!;
            Assert.Equal(c == 4 || type == "float" ? ExrPixelType.Float : ExrPixelType.Half, channel.Type);
            Assert.Equal(expected[c], channel.Data);
        }
    }

    /// <summary>A gradient whose samples we do not compute ourselves: compared with what oiiotool prints.</summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Read_OiiotoolGradient_AgreesWithOiiotoolsOwnDump(string compression, string type)
    {
        const int width = 33, height = 19;
        var path = Path.Combine(_dir.FullName, "ref.exr");
        await ExrTools.RunOkAsync(
            "oiiotool", "--pattern", "fill:topleft=0,0.1,1,1:topright=1,0.2,-3,1:bottomleft=0.001,100,0,0:bottomright=7.5,0.3,0.6,0.5",
            $"{width}x{height}", "4", "-d", type, "--compression", compression, "-o", path);
        var dump = await ExrTools.RunOkAsync("oiiotool", "--dumpdata", path);

        var image = ExrReader.Read(File.ReadAllBytes(path));

        var rows = PixelLine().Matches(dump);
        Assert.Equal(width * height, rows.Count);
        string[] names = ["R", "G", "B", "A"];
        foreach (Match m in rows)
        {
            var x = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            var y = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            var values = m.Groups[3].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var c = 0; c < 4; c++)
            {
                var expected = float.Parse(values[c], CultureInfo.InvariantCulture);
                var actual = image.Find(names[c])!.Data[(y * width) + x];
                Assert.True(Math.Abs(expected - actual) <= 1e-6 * Math.Max(1, Math.Abs(expected)), $"({x}, {y}) {names[c]}: oiiotool {expected}, we {actual}");
            }
        }
    }

    [Fact]
    public async Task Read_OiiotoolOffsetDataWindow_KeepsOriginAndDisplayWindow()
    {
        var path = Path.Combine(_dir.FullName, "ref.exr");
        await ExrTools.RunOkAsync("oiiotool", "--pattern", "constant:color=1,0.5,0.25", "4x3", "3", "--origin", "+5+7", "--fullsize", "20x20+0+0", "-d", "half", "-o", path);

        var image = ExrReader.Read(File.ReadAllBytes(path));

        Assert.Equal(new ExrBox(5, 7, 8, 9), image.DataWindow);
        Assert.Equal(new ExrBox(0, 0, 19, 19), image.DisplayWindow);
        Assert.All(image.Find("G")!.Data, v => Assert.Equal(0.5f, v));
    }

    [Fact]
    public async Task Read_OiiotoolDecreasingYFile_GivesTheSamePixelsAsIncreasingY()
    {
        var increasing = Path.Combine(_dir.FullName, "inc.exr");
        var decreasing = Path.Combine(_dir.FullName, "dec.exr");
        string[] pattern = ["oiiotool", "--pattern", "fill:top=0,0.5,1:bottom=1,0.25,0", "5x40", "3", "-d", "half", "--compression", "zip"];
        await ExrTools.RunOkAsync([.. pattern, "-o", increasing]);
        await ExrTools.RunOkAsync([.. pattern, "--attrib", "openexr:lineOrder", "decreasingY", "-o", decreasing]);

        var a = ExrReader.Read(File.ReadAllBytes(increasing));
        var b = ExrReader.Read(File.ReadAllBytes(decreasing));

        Assert.All(a.Channels, c => Assert.Equal(c.Data, b.Find(c.Name)!.Data));
        Assert.NotEqual(a.Find("R")!.Data[0], a.Find("R")!.Data[^1]);
    }

    [Theory]
    [InlineData("tiled", "--tile", "16", "16")]
    [InlineData("UINT", "-d", "uint32")]
    public async Task Read_OiiotoolFileWeDoNotRead_IsRefusedByName(string expected, params string[] options)
    {
        var path = Path.Combine(_dir.FullName, "ref.exr");
        await ExrTools.RunOkAsync(["oiiotool", "--pattern", "constant:color=1,0,0", "32x32", "3", .. options, "-o", path]);

        var e = Assert.Throws<InvalidDataException>(() => ExrReader.Read(File.ReadAllBytes(path)));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_OiiotoolMultipartFile_IsRefusedByName()
    {
        var path = Path.Combine(_dir.FullName, "ref.exr");
        await ExrTools.RunOkAsync(
            "oiiotool", "--pattern", "constant:color=1,0,0", "4x4", "3", "--pattern", "constant:color=0,1,0", "4x4", "3", "--siappend", "-o", path);

        var e = Assert.Throws<InvalidDataException>(() => ExrReader.Read(File.ReadAllBytes(path)));

        Assert.Contains("multi-part", e.Message, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"Pixel \((\d+), (\d+)\):((?: -?[0-9.e+-]+)+)")]
    private static partial Regex PixelLine();
}
