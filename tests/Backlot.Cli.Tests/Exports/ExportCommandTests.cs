using System.Text.Json;
using System.Text;
using Backlot.Cli.Tests.Support;
using Backlot.Tests.Shared;

namespace Backlot.Cli.Tests.Exports;

public sealed class ExportCommandTests(RenderedSample sample) : IClassFixture<RenderedSample>
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] ExrMagic = [0x76, 0x2F, 0x31, 0x01];

    [Theory]
    [InlineData("otio", "the-last-reel.otio")]
    [InlineData("edl", "the-last-reel.edl")]
    [InlineData("xmeml", "the-last-reel.xml")]
    [InlineData("fcpxml", "the-last-reel.fcpxml")]
    public async Task Export_OfATimeline_WritesItWithAFramePerRenderedShot(string format, string timeline)
    {
        var shots = await RenderedSample.ShotsAsync(sample.Data);
        var folder = OutputFolder(format);

        var files = await ExportAsync(format, folder);

        var expected = shots.Where(s => s.GetProperty("latest").GetProperty("beautySha256").GetString() is not null)
            .Select(s => $"frames/{s.GetProperty("sceneNumber").GetString()}-{s.GetProperty("code").GetString()}.png")
            .Prepend(timeline)
            .ToList();
        Assert.Equal(shots.Count + 1, expected.Count);
        Assert.Equal(expected, files.Select(f => Relative(folder, f)));
        Assert.Equal(expected.Order(StringComparer.Ordinal), Written(folder));
        Assert.All(files.Skip(1), f => Assert.Equal(PngSignature, File.ReadAllBytes(f)[..8]));
    }

    [Fact]
    public async Task Export_Pdf_WritesAStoryboardPdf()
    {
        var folder = OutputFolder("pdf");

        var file = Assert.Single(await ExportAsync("pdf", folder));

        Assert.Equal("the-last-reel.pdf", Relative(folder, file));
        Assert.Equal("%PDF-"u8.ToArray(), (await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken))[..5]);
    }

    [Fact]
    public async Task Export_PdfOfOneScene_WritesAShorterStoryboardNamedForTheScene()
    {
        var folder = OutputFolder("pdf-scene-1");
        var whole = Assert.Single(await ExportAsync("pdf", OutputFolder("pdf-whole")));

        var file = Assert.Single(await ExportAsync("pdf", folder, "--scene", "1"));

        Assert.Equal("the-last-reel-scene-1.pdf", Relative(folder, file));
        Assert.Equal("%PDF-"u8.ToArray(), File.ReadAllBytes(file)[..5]);
        Assert.True(new FileInfo(file).Length < new FileInfo(whole).Length, "scene 1's storyboard is smaller than the whole one");
    }

    [Fact]
    public async Task Export_Contact_WritesAPngSignedAsACompositeOfTheFrames()
    {
        var folder = OutputFolder("contact");

        var file = Assert.Single(await ExportAsync("contact", folder));

        Assert.Equal("the-last-reel-contact.png", Relative(folder, file));
        Assert.Equal(PngSignature, File.ReadAllBytes(file)[..8]);
        var credentials = Backlot.Provenance.C2pa.C2paReader.Read(await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken));
        Assert.Equal(Backlot.Provenance.C2pa.C2paValidationState.Valid, credentials.State);
        Assert.Equal((await RenderedSample.ShotsAsync(sample.Data)).Count, credentials.Manifest!.Ingredients.Count);
        Assert.Equal(4, credentials.Manifest.TrainingMining.Count);
        Assert.All(credentials.Manifest.TrainingMining, e => Assert.Equal("notAllowed", e.Value));
        Assert.Equal("Valid", (await C2paOracle.Verify(file)).State);
    }

    [Fact]
    public async Task Export_Csv_WritesAHeaderAndARowPerShot()
    {
        var shots = await RenderedSample.ShotsAsync(sample.Data);
        var folder = OutputFolder("csv");

        var file = Assert.Single(await ExportAsync("csv", folder));

        Assert.Equal("the-last-reel-shots.csv", Relative(folder, file));
        var records = CsvRecords(await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken));
        Assert.StartsWith("Scene,Shot,", records[0], StringComparison.Ordinal);
        Assert.Equal(shots.Count, records.Count - 1);
        Assert.Equal(
            shots.Select(s => $"{s.GetProperty("sceneNumber").GetString()},{s.GetProperty("code").GetString()},"),
            records.Skip(1).Select(r => string.Join(',', r.Split(',').Take(2)) + ","));
    }

    [Fact]
    public async Task Export_Exr_WritesAnOpenExrPerRenderedShot()
    {
        var shots = await RenderedSample.ShotsAsync(sample.Data);
        var folder = OutputFolder("exr");

        var files = await ExportAsync("exr", folder);

        Assert.Equal(
            shots.Select(s => $"{s.GetProperty("sceneNumber").GetString()}-{s.GetProperty("code").GetString()}.exr"),
            files.Select(f => Relative(folder, f)));
        Assert.All(files, f => Assert.Equal(ExrMagic, File.ReadAllBytes(f)[..4]));
    }

    [Fact]
    public async Task Export_OfEachTimelineFormat_ReadsBackThroughInspectToTheSameCut()
    {
        var shots = await RenderedSample.ShotsAsync(sample.Data);
        // The animatic's cut: a clip per shot, its planned seconds at 24 fps (at least a frame), one after another.
        long at = 0;
        var planned = new List<(string Name, long Duration, long RecordIn)>();
        foreach (var shot in shots)
        {
            var frames = Math.Max(1, (long)Math.Round(shot.GetProperty("estimatedSeconds").GetDouble() * 24, MidpointRounding.AwayFromZero));
            planned.Add((shot.GetProperty("code").GetString()!, frames, at));
            at += frames;
        }

        foreach (var format in new[] { "otio", "edl", "xmeml", "fcpxml" })
        {
            var timeline = (await ExportAsync(format, OutputFolder($"round-trip-{format}")))[0];

            var result = await sample.Data.RunAsync("inspect", timeline, "--json");

            Assert.True(result.ExitCode == 0, $"{format}: {result}");
            using var json = JsonDocument.Parse(result.Stdout);
            Assert.Equal(format, json.RootElement.GetProperty("format").GetString());
            Assert.Equal("24", json.RootElement.GetProperty("rate").GetString());
            var track = Assert.Single(json.RootElement.GetProperty("tracks").EnumerateArray());
            var clips = track.GetProperty("clips").EnumerateArray()
                .Select(c => (c.GetProperty("name").GetString()!, c.GetProperty("duration").GetInt64(), c.GetProperty("recordIn").GetInt64()))
                .ToList();
            Assert.Equal(planned, clips);
            Assert.Equal(at, json.RootElement.GetProperty("durationFrames").GetInt64());
        }
    }

    [Fact]
    public async Task Export_OfAnUnknownFormat_FailsWithOneLineNamingTheFormats()
    {
        var result = await sample.Data.RunAsync("export", "quicktime", "-o", OutputFolder("unknown") + "/");

        Assert.True(result.ExitCode != 0, result.ToString());
        var line = Assert.Single(result.StderrLines);
        Assert.Contains("quicktime", line, StringComparison.Ordinal);
        foreach (var format in new[] { "otio", "edl", "xmeml", "fcpxml", "pdf", "contact", "csv", "breakdown", "exr" })
            Assert.Contains(format, line, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(OutputFolder("unknown")));
    }

    /// <summary>A folder beside the data folder for one export, created empty.</summary>
    private string OutputFolder(string name)
    {
        var folder = sample.Data.File($"export-{name}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Runs `export FORMAT -o FOLDER/ --json` and returns the files it says it wrote, main file first.</summary>
    private async Task<IReadOnlyList<string>> ExportAsync(string format, string folder, params string[] more)
    {
        var result = await sample.Data.RunAsync(["export", format, "-o", folder + "/", "--json", .. more]);
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(format, json.RootElement.GetProperty("format").GetString());
        return [.. json.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetString()!)];
    }

    private static string Relative(string folder, string file) => Path.GetRelativePath(folder, file).Replace('\\', '/');

    private static IEnumerable<string> Written(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Relative(folder, f)).Order(StringComparer.Ordinal);

    /// <summary>The CSV's records as raw text (a quoted field may hold commas, quotes and line breaks).</summary>
    private static List<string> CsvRecords(string text)
    {
        var records = new List<string>();
        var record = new StringBuilder();
        var quoted = false;
        foreach (var c in text.TrimStart('\uFEFF'))
        {
            if (c == '"')
                quoted = !quoted;
            if (!quoted && c is '\r' or '\n')
            {
                if (record.Length > 0)
                    records.Add(record.ToString());
                record.Clear();
                continue;
            }

            record.Append(c);
        }

        if (record.Length > 0)
            records.Add(record.ToString());
        return records;
    }
}
