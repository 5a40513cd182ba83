using System.Text.RegularExpressions;
using Backlot.Imaging.Formats.Png;
using Backlot.Interchange.Storyboard;

namespace Backlot.Interchange.Tests.Storyboard;

public sealed partial class StoryboardPdfWriterTests : IDisposable
{
    private static readonly StoryboardLayout Fixed = new() { CreationDate = new DateTimeOffset(2025, 3, 14, 9, 30, 0, TimeSpan.Zero) };
    private readonly string directory = Directory.CreateTempSubdirectory("backlot-storyboard-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public async Task Write_FourteenPanels_OpensInPdfinfoWithThreePages()
    {
        var info = await Poppler.Run("pdfinfo", Save(SamplePanels.Document(14)));

        Assert.Equal("3", Field(info, "Pages"));
        Assert.Equal("THE LAST REEL", Field(info, "Title"));
        Assert.StartsWith("792 x 612", Field(info, "Page size"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_Text_HoldsTheTitleAndEveryShotCode()
    {
        var doc = SamplePanels.Document(14);

        var text = await Poppler.Run("pdftotext", "-layout", Save(doc), "-");

        Assert.Contains("THE LAST REEL", text, StringComparison.Ordinal);
        Assert.Contains("Page 3 of 3", text, StringComparison.Ordinal);
        foreach (var panel in doc.Panels)
            Assert.Contains(panel.ShotCode, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_Panel_ShowsSceneCameraCharactersAndTake()
    {
        var panel = SamplePanels.Panel(0) with { Size = "MCU", Angle = "low angle", LensMm = 35, TakeNumber = 4 };

        var text = await Poppler.Run("pdftotext", Save(new StoryboardDocument("T", "", [panel])), "-");

        Assert.Contains("Sc 1 · INT. PROJECTION BOOTH - NIGHT", text, StringComparison.Ordinal);
        Assert.Contains("MCU · low angle · 35 mm", text, StringComparison.Ordinal);
        Assert.Contains("MARA", text, StringComparison.Ordinal);
        Assert.Contains("Take 4", text, StringComparison.Ordinal);
        Assert.Contains("threads the last reel", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_LongAction_IsCutWithAnEllipsis()
    {
        var words = string.Join(' ', Enumerable.Range(1, 300).Select(i => $"word{i}"));
        var panel = SamplePanels.Panel(0) with { Description = words };

        var text = await Poppler.Run("pdftotext", Save(new StoryboardDocument("T", "", [panel])), "-");

        Assert.Contains("word1 ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("word300", text, StringComparison.Ordinal);
        Assert.Contains("…", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_FirstPage_RendersWithInk()
    {
        var pdf = Save(SamplePanels.Document(14));
        var prefix = Path.Combine(directory, "page");

        await Poppler.Run("pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", pdf, prefix);

        var png = Directory.GetFiles(directory, "page*.png").Single();
        var image = PngDecoder.Decode(File.ReadAllBytes(png));
        Assert.Equal(440, image.Width); // 11 in at 40 dpi
        var ink = 0;
        for (var i = 0; i < image.Pixels.Length; i += 4)
        {
            if (image.Pixels[i] < 200 || image.Pixels[i + 1] < 200 || image.Pixels[i + 2] < 200)
                ink++;
        }

        Assert.InRange(ink, image.Width * image.Height / 20, image.Width * image.Height);
    }

    [Fact]
    public async Task Write_A4_PrintsLandscapeA4Pages()
    {
        var info = await Poppler.Run("pdfinfo", Save(SamplePanels.Document(3), Fixed with { Paper = StoryboardPaper.A4, Columns = 2, Rows = 1 }));

        Assert.Equal("2", Field(info, "Pages"));
        Assert.StartsWith("841.89 x 595.276", Field(info, "Page size"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_EmbedsDejaVuSans()
    {
        var fonts = await Poppler.Run("pdffonts", Save(SamplePanels.Document(2)));

        var rows = fonts.Split('\n').Where(l => l.Contains("DejaVu", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Matches(@"\byes\s+yes\b", row));
    }

    [Fact]
    public void Write_SameInputAndDate_GivesTheSameBytes()
    {
        var doc = SamplePanels.Document(7);

        Assert.Equal(StoryboardPdfWriter.Write(doc, Fixed), StoryboardPdfWriter.Write(doc, Fixed));
    }

    [Fact]
    public void Write_DifferentPanels_GiveDifferentDocumentIds()
    {
        var a = StoryboardPdfWriter.Write(SamplePanels.Document(2), Fixed);
        var b = StoryboardPdfWriter.Write(SamplePanels.Document(3), Fixed);

        Assert.NotEqual(DocumentId().Match(System.Text.Encoding.Latin1.GetString(a)).Value, DocumentId().Match(System.Text.Encoding.Latin1.GetString(b)).Value);
    }

    [Fact]
    public async Task Write_NoPanels_GivesOnePageWithTheHeader()
    {
        var info = await Poppler.Run("pdfinfo", Save(new StoryboardDocument("EMPTY", "", [])));

        Assert.Equal("1", Field(info, "Pages"));
    }

    [Fact]
    public void Write_UnreadableFrame_NamesThePanelAndShot()
    {
        var panels = SamplePanels.Panels(3).ToList();
        panels[2] = panels[2] with { ImagePng = new byte[] { 1, 2, 3 } };

        var e = Assert.Throws<ArgumentException>(() => StoryboardPdfWriter.Write(new StoryboardDocument("T", "", panels)));

        Assert.Contains($"panel 3 (shot {panels[2].ShotCode})", e.Message, StringComparison.Ordinal);
        Assert.Contains("frame image", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_LayoutWithNoColumns_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StoryboardPdfWriter.Write(SamplePanels.Document(1), new StoryboardLayout { Columns = 0 }));
    }

    private string Save(StoryboardDocument doc, StoryboardLayout? layout = null)
    {
        var path = Path.Combine(directory, $"{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, StoryboardPdfWriter.Write(doc, layout ?? Fixed));
        return path;
    }

    private static string Field(string pdfinfo, string name) =>
        pdfinfo.Split('\n').Select(l => l.Split(':', 2)).First(p => p[0] == name)[1].Trim();

    [GeneratedRegex(@"/ID\[<[0-9A-F]+>")]
    private static partial Regex DocumentId();
}
