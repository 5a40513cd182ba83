namespace Backlot.Imaging.Tests;

public class RgbaImageTests
{
    [Fact]
    public void SetPixel_ThenGetPixel_ReturnsTheColour()
    {
        var image = new RgbaImage(3, 2);
        image.SetPixel(2, 1, new Rgba32(1, 2, 3, 4));
        Assert.Equal(new Rgba32(1, 2, 3, 4), image.GetPixel(2, 1));
        Assert.Equal([1, 2, 3, 4], image.Pixels[20..24]);
    }

    [Fact]
    public void GetPixel_OutsideTheImage_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new RgbaImage(2, 2).GetPixel(2, 0));

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 0)]
    [InlineData(20000, 1)]
    public void Constructor_BadSize_Throws(int w, int h) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new RgbaImage(w, h));

    [Fact]
    public void Downscale_AveragesEachBlock()
    {
        var image = new RgbaImage(4, 2);
        image.SetPixel(0, 0, new Rgba32(0, 0, 0));
        image.SetPixel(1, 0, new Rgba32(100, 0, 0));
        image.SetPixel(0, 1, new Rgba32(200, 0, 0));
        image.SetPixel(1, 1, new Rgba32(100, 0, 0));
        for (var y = 0; y < 2; y++)
        {
            for (var x = 2; x < 4; x++)
                image.SetPixel(x, y, new Rgba32(10, 20, 30));
        }

        var small = image.Downscale(2);

        Assert.Equal((2, 1), (small.Width, small.Height));
        Assert.Equal(new Rgba32(100, 0, 0), small.GetPixel(0, 0));
        Assert.Equal(new Rgba32(10, 20, 30), small.GetPixel(1, 0));
    }

    [Fact]
    public void Downscale_TransparentPixels_DoNotDarkenTheColour()
    {
        var image = new RgbaImage(2, 1);
        image.SetPixel(0, 0, new Rgba32(255, 0, 0));
        image.SetPixel(1, 0, new Rgba32(0, 0, 0, 0));
        var small = image.Downscale(2);
        Assert.Equal(new Rgba32(255, 0, 0, 128), small.GetPixel(0, 0));
    }

    [Fact]
    public void ResizeToFit_KeepsAspectAndNeverEnlarges()
    {
        var image = new RgbaImage(960, 540);
        Assert.Equal((320, 180), Size(image.ResizeToFit(320, 320)));
        Assert.Equal((160, 90), Size(image.ResizeToFit(1000, 90)));
        Assert.Equal((960, 540), Size(image.ResizeToFit(4000, 4000)));
    }

    [Fact]
    public void ResizeToFit_AveragesTheCoveredArea()
    {
        // Three columns to two: the middle column is split between both outputs.
        var image = new RgbaImage(3, 1);
        image.SetPixel(0, 0, new Rgba32(0, 0, 0));
        image.SetPixel(1, 0, new Rgba32(90, 90, 90));
        image.SetPixel(2, 0, new Rgba32(180, 180, 180));

        var small = image.ResizeToFit(2, 1);

        Assert.Equal(new Rgba32(30, 30, 30), small.GetPixel(0, 0));
        Assert.Equal(new Rgba32(150, 150, 150), small.GetPixel(1, 0));
    }

    [Fact]
    public void ResizeToFit_UniformImage_StaysUniform()
    {
        var image = new RgbaImage(97, 61);
        for (var y = 0; y < 61; y++)
        {
            for (var x = 0; x < 97; x++)
                image.SetPixel(x, y, new Rgba32(12, 200, 77));
        }

        var small = image.ResizeToFit(40, 40);
        Assert.All(Enumerable.Range(0, small.Width * small.Height), i =>
            Assert.Equal(new Rgba32(12, 200, 77), small.GetPixel(i % small.Width, i / small.Width)));
    }

    private static (int, int) Size(RgbaImage image) => (image.Width, image.Height);
}
