using Backlot.Imaging;
using Backlot.Imaging.Formats.Png;
using Backlot.Interchange.ContactSheet;
using Backlot.Interchange.Storyboard;
using Backlot.Interchange.Tests.Storyboard;

namespace Backlot.Interchange.Tests.ContactSheet;

public sealed class ContactSheetWriterTests
{
    // At 320 px: 10 px gutters, 180 px thumbnails, a 30 px label strip (5×7 glyphs at scale 2, 8 px padding).
    private const int Gutter = 10;
    private const int ThumbHeight = 180;
    private const int LabelHeight = 30;

    [Fact]
    public void Write_FourteenPanelsInFiveColumns_MakesThreeRows()
    {
        var sheet = PngDecoder.Decode(ContactSheetWriter.Write(Panels(14)));

        Assert.Equal(Gutter + (5 * (320 + Gutter)), sheet.Width);
        Assert.Equal(Gutter + (3 * (ThumbHeight + LabelHeight + Gutter)), sheet.Height);
    }

    [Fact]
    public void Write_FewerPanelsThanColumns_NarrowsTheSheet()
    {
        var sheet = PngDecoder.Decode(ContactSheetWriter.Write(Panels(2), columns: 5, thumbWidth: 160));

        Assert.Equal(6 + (2 * (160 + 6)), sheet.Width);
    }

    [Fact]
    public void Write_Thumbnail_IsTheFrameScaledIntoItsCell()
    {
        var panels = Panels(7);

        var sheet = PngDecoder.Decode(ContactSheetWriter.Write(panels));

        // Panel 6 sits in row 1, column 1; its corners are the gradient's sky and ground.
        var frame = PngDecoder.Decode(panels[6].ImagePng.Span);
        var x = Gutter + 320 + Gutter;
        var y = Gutter + ThumbHeight + LabelHeight + Gutter;
        AssertClose(frame.GetPixel(0, 0), sheet.GetPixel(x, y));
        AssertClose(frame.GetPixel(frame.Width - 1, frame.Height - 1), sheet.GetPixel(x + 319, y + ThumbHeight - 1));
    }

    [Fact]
    public void Write_LabelStrip_CarriesTheShotCodeInTheBitmapFont()
    {
        var panels = Panels(3);

        var sheet = ContactSheetWriter.Render(panels);

        var code = panels[1].ShotCode;
        var expected = new RgbaImage(BitmapFont.Measure(code, 2), BitmapFont.GlyphHeight * 2);
        BitmapFont.Draw(expected, 0, 0, code, ContactSheetWriter.LabelText, 2);
        var left = Gutter + 320 + Gutter + 8;
        var top = Gutter + ThumbHeight + 8;
        var lit = 0;
        for (var y = 0; y < expected.Height; y++)
        {
            for (var x = 0; x < expected.Width; x++)
            {
                var want = expected.GetPixel(x, y) == ContactSheetWriter.LabelText;
                Assert.Equal(want, sheet.GetPixel(left + x, top + y) == ContactSheetWriter.LabelText);
                lit += want ? 1 : 0;
            }
        }

        Assert.True(lit > 50, $"only {lit} label pixels");
    }

    [Fact]
    public void Write_SceneNumber_IsPrintedAtTheRightOfTheStrip()
    {
        var sheet = ContactSheetWriter.Render(Panels(1));

        var stripTop = Gutter + ThumbHeight;
        var right = Enumerable.Range(Gutter + 200, 120).Count(x =>
            Enumerable.Range(stripTop, LabelHeight).Any(y => sheet.GetPixel(x, y) == ContactSheetWriter.SceneText));
        Assert.True(right > 10);
    }

    [Fact]
    public void Write_PanelWithoutFrame_GetsAPlaceholder()
    {
        var panels = Panels(6);
        Assert.True(panels[5].ImagePng.IsEmpty);

        var sheet = ContactSheetWriter.Render(panels, columns: 6);

        var x = Gutter + (5 * (320 + Gutter));
        Assert.Equal(new Rgba32(64, 64, 64), sheet.GetPixel(x + 2, Gutter + 2));
        Assert.Contains(Enumerable.Range(x, 320), px => sheet.GetPixel(px, Gutter + (ThumbHeight / 2)) == ContactSheetWriter.SceneText);
    }

    [Fact]
    public void Write_SamePanels_GiveTheSameBytes()
    {
        Assert.Equal(ContactSheetWriter.Write(Panels(5)), ContactSheetWriter.Write(Panels(5)));
    }

    [Fact]
    public void Write_UnreadableFrame_NamesThePanel()
    {
        var panels = Panels(2).ToList();
        panels[1] = panels[1] with { ImagePng = "not a png"u8.ToArray() };

        var e = Assert.Throws<ArgumentException>(() => ContactSheetWriter.Write(panels));

        Assert.Contains($"panel 2 (shot {panels[1].ShotCode})", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_TooManyRowsForOneImage_SaysWhatToChange()
    {
        var panels = Enumerable.Repeat(SamplePanels.Panel(5), 500).ToList();

        var e = Assert.Throws<ArgumentException>(() => ContactSheetWriter.Write(panels, columns: 2));

        Assert.Contains("several sheets", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NoPanels_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => ContactSheetWriter.Write([]));
    }

    private static List<StoryboardPanel> Panels(int count) =>
        [.. SamplePanels.Panels(count).Select((p, i) => p.ImagePng.IsEmpty ? p : p with { ImagePng = SamplePanels.Frame(i, 640, 360) })];

    private static void AssertClose(Rgba32 expected, Rgba32 actual)
    {
        Assert.InRange(Math.Abs(expected.R - actual.R), 0, 8);
        Assert.InRange(Math.Abs(expected.G - actual.G), 0, 8);
        Assert.InRange(Math.Abs(expected.B - actual.B), 0, 8);
    }
}
