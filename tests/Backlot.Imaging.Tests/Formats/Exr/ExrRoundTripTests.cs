using Backlot.Imaging.Formats.Exr;

namespace Backlot.Imaging.Tests.Formats.Exr;

public class ExrRoundTripTests
{
    public static TheoryData<ExrCompression, ExrPixelType, int, int> Cases()
    {
        var data = new TheoryData<ExrCompression, ExrPixelType, int, int>();
        foreach (var c in ExrTestImages.Compressions)
        {
            foreach (var t in new[] { ExrPixelType.Half, ExrPixelType.Float })
            {
                data.Add(c, t, 17, 5);
                data.Add(c, t, 1, 1);
                data.Add(c, t, 40, 33); // ZIP: two full chunks of 16 lines and one of 1
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void WriteThenRead_GivesBackEverySample_ExactForFloat_NearestHalfForHalf(ExrCompression compression, ExrPixelType type, int width, int height)
    {
        var image = ExrTestImages.Mixed(width, height, type);

        var back = ExrReader.Read(ExrWriter.Write(image, compression));

        Assert.Equal(width, back.Width);
        Assert.Equal(height, back.Height);
        Assert.Equal(["A", "B", "G", "R", "Z"], back.Channels.Select(c => c.Name));
        foreach (var original in image.Channels)
        {
            var read = back.Find(original.Name)!;
            Assert.Equal(original.Type, read.Type);
            var expected = original.Data.Select(v => ExrTestImages.AsStored(v, original.Type)).ToArray();
            Assert.Equal(expected, read.Data);
        }
    }

    [Theory]
    [InlineData(ExrCompression.None)]
    [InlineData(ExrCompression.Zips)]
    [InlineData(ExrCompression.Zip)]
    public void ReadInfo_ReportsTheCompressionAndSortedChannels(ExrCompression compression)
    {
        var info = ExrReader.ReadInfo(ExrWriter.Write(ExrTestImages.Mixed(17, 5, ExrPixelType.Half), compression));

        Assert.Equal(compression, info.Compression);
        Assert.Equal(new ExrBox(0, 0, 16, 4), info.DataWindow);
        Assert.Equal(info.DataWindow, info.DisplayWindow);
        Assert.Equal(
            [new("A", ExrPixelType.Half), new("B", ExrPixelType.Half), new("G", ExrPixelType.Half), new("R", ExrPixelType.Half), new ExrChannelInfo("Z", ExrPixelType.Float)],
            info.Channels);
    }

    [Fact]
    public void Write_Float_KeepsNanInfinityAndNegativeZeroBitForBit()
    {
        float[] values = [float.NaN, float.PositiveInfinity, float.NegativeInfinity, -0f, float.Epsilon, float.MaxValue];
        var image = new ExrImage(values.Length, 1, [new("Z", ExrPixelType.Float, values)]);

        var back = ExrReader.Read(ExrWriter.Write(image, ExrCompression.Zip)).Channels[0].Data;

        Assert.Equal(values.Select(BitConverter.SingleToInt32Bits), back.Select(BitConverter.SingleToInt32Bits));
    }

    [Fact]
    public void Write_Half_OutOfRangeBecomesInfinity()
    {
        var image = new ExrImage(2, 1, [new("R", ExrPixelType.Half, [70000f, -70000f])]);

        var back = ExrReader.Read(ExrWriter.Write(image)).Channels[0].Data;

        Assert.Equal([float.PositiveInfinity, float.NegativeInfinity], back);
    }

    [Fact]
    public void Write_KeepsOriginDisplayWindowAndPixelAspect()
    {
        var image = new ExrImage(3, 2, [new("Y", ExrPixelType.Half, [1, 2, 3, 4, 5, 6])])
        {
            OriginX = -4,
            OriginY = 10,
            DisplayWindow = new ExrBox(0, 0, 1919, 1079),
            PixelAspectRatio = 2f,
        };

        var back = ExrReader.Read(ExrWriter.Write(image, ExrCompression.Zip));

        Assert.Equal(new ExrBox(-4, 10, -2, 11), back.DataWindow);
        Assert.Equal(new ExrBox(0, 0, 1919, 1079), back.DisplayWindow);
        Assert.Equal(2f, back.PixelAspectRatio);
        Assert.Equal([1f, 2, 3, 4, 5, 6], back.Channels[0].Data);
    }

    [Fact]
    public void Write_SameImage_GivesSameBytes()
    {
        var a = ExrWriter.Write(ExrTestImages.Mixed(40, 33, ExrPixelType.Half));
        var b = ExrWriter.Write(ExrTestImages.Mixed(40, 33, ExrPixelType.Half));

        Assert.Equal(a, b);
    }

    [Fact]
    public void Write_SmoothImage_ZipIsSmallerThanNone()
    {
        var n = 64 * 64;
        var ramp = Enumerable.Range(0, n).Select(i => (i % 64) / 64f).ToArray();
        var image = new ExrImage(64, 64, [new("G", ExrPixelType.Half, ramp)]);

        var none = ExrWriter.Write(image, ExrCompression.None);
        var zip = ExrWriter.Write(image, ExrCompression.Zip);

        Assert.True(zip.Length < none.Length / 4, $"ZIP {zip.Length} bytes, NONE {none.Length}");
        Assert.Equal(ramp.Select(v => (float)(Half)v), ExrReader.Read(zip).Channels[0].Data);
    }

    [Fact]
    public void FromLinearRgba_MakesHalfRgbaAndFloatDepth()
    {
        float[] rgba = [0.1f, 0.2f, 0.3f, 1f, 4f, 5f, 6f, 0.5f];
        float[] depth = [12.345678f, 1e6f];

        var image = ExrImage.FromLinearRgba(rgba, 2, 1, depth);

        Assert.Equal(["R", "G", "B", "A", "Z"], image.Channels.Select(c => c.Name));
        Assert.All(image.Channels.Take(4), c => Assert.Equal(ExrPixelType.Half, c.Type));
        Assert.Equal(ExrPixelType.Float, image.Find("Z")!.Type);
        Assert.Equal([0.2f, 5f], image.Find("G")!.Data);
        Assert.Equal(depth, image.Find("Z")!.Data);
    }

    [Fact]
    public void FromSrgb_DecodesToLinearAndPremultiplies()
    {
        var rgba = new RgbaImage(2, 1);
        rgba.SetPixel(0, 0, new Rgba32(255, 128, 0, 255));
        rgba.SetPixel(1, 0, new Rgba32(255, 255, 255, 51));

        var image = ExrImage.FromSrgb(rgba);

        Assert.Equal(1f, image.Find("R")!.Data[0]);
        Assert.Equal(0.2158605f, image.Find("G")!.Data[0], 6);
        Assert.Equal(0.2f, image.Find("R")!.Data[1], 6);
        Assert.Equal(0.2f, image.Find("A")!.Data[1], 6);
    }

    [Fact]
    public void Constructor_SamplesNotMatchingTheSize_AreRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => new ExrImage(3, 2, [new("R", ExrPixelType.Half, new float[5])]));
        Assert.Contains("'R'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_LongChannelName_SetsTheLongNamesFlagAndReadsBack()
    {
        var name = "beauty.diffuse.indirect.R.with.a.long.name";
        var image = new ExrImage(1, 1, [new(name, ExrPixelType.Float, [0.5f])]);

        var file = ExrWriter.Write(image);

        Assert.Equal(0x400, BitConverter.ToInt32(file, 4) & 0x400);
        Assert.Equal(name, ExrReader.Read(file).Channels[0].Name);
    }
}
