using Backlot.Imaging;
using Backlot.Interchange.ContactSheet;

namespace Backlot.Interchange.Tests.ContactSheet;

public sealed class BitmapFontTests
{
    private static readonly Rgba32 Ink = new(255, 255, 255);

    [Fact]
    public void Draw_One_LightsTheGlyphsPixels()
    {
        var image = new RgbaImage(5, 7);

        BitmapFont.Draw(image, 0, 0, "1", Ink);

        string[] expected = ["00100", "01100", "00100", "00100", "00100", "00100", "01110"];
        for (var y = 0; y < 7; y++)
        {
            var row = string.Concat(Enumerable.Range(0, 5).Select(x => image.GetPixel(x, y) == Ink ? '1' : '0'));
            Assert.Equal(expected[y], row);
        }
    }

    [Fact]
    public void Draw_AtScaleTwo_DoublesEveryPixel()
    {
        var small = new RgbaImage(11, 7);
        var large = new RgbaImage(22, 14);

        BitmapFont.Draw(small, 0, 0, "A7", Ink);
        BitmapFont.Draw(large, 0, 0, "A7", Ink, 2);

        for (var y = 0; y < 14; y++)
        {
            for (var x = 0; x < 22; x++)
                Assert.Equal(small.GetPixel(x / 2, y / 2), large.GetPixel(x, y));
        }
    }

    [Fact]
    public void Draw_LowerCase_LooksLikeUpperCase()
    {
        var lower = new RgbaImage(30, 7);
        var upper = new RgbaImage(30, 7);

        BitmapFont.Draw(lower, 0, 0, "shot", Ink);
        BitmapFont.Draw(upper, 0, 0, "SHOT", Ink);

        Assert.Equal(upper.Pixels, lower.Pixels);
    }

    [Fact]
    public void Draw_UnknownCharacter_DrawsAQuestionMark()
    {
        var unknown = new RgbaImage(5, 7);
        var question = new RgbaImage(5, 7);

        BitmapFont.Draw(unknown, 0, 0, "é", Ink);
        BitmapFont.Draw(question, 0, 0, "?", Ink);

        Assert.False(BitmapFont.CanDraw('é'));
        Assert.Equal(question.Pixels, unknown.Pixels);
    }

    [Fact]
    public void Draw_PastTheEdge_IsClipped()
    {
        var image = new RgbaImage(4, 4);

        BitmapFont.Draw(image, -3, -3, "88", Ink, 2);

        Assert.Contains(Enumerable.Range(0, 16), i => image.GetPixel(i % 4, i / 4) == Ink);
    }

    [Fact]
    public void Measure_CountsAdvanceWithoutTheLastGap()
    {
        Assert.Equal(0, BitmapFont.Measure(""));
        Assert.Equal(5, BitmapFont.Measure("A"));
        Assert.Equal(34, BitmapFont.Measure("1A-", 2));
    }
}
