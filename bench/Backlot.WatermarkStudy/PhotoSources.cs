using System.Diagnostics;
using Backlot.Imaging;
using Backlot.Imaging.Formats.Jpeg;
using Backlot.Imaging.Formats.Png;

namespace Backlot.WatermarkStudy;

/// <summary>
/// Real photographs from Debian packages, unpacked into a cache folder on first use (apt-get download + dpkg -x):
/// <list type="bullet">
/// <item>mate-backgrounds 1.26 (GPL-2+): the nature/ photographs and desktop/GreenTraditional.jpg, abstract/Elephants.jpg;</item>
/// <item>python3-skimage 0.19.3 (scikit-image sample data, CC0 / public domain per skimage/data/_fetchers.py):
/// astronaut, camera, chelsea, coffee, motorcycle_left/right, rocket, grass, gravel, brick, moon, coins, page, retina, hubble_deep_field.</item>
/// </list>
/// Nothing is committed; images only feed this measurement.
/// </summary>
internal sealed class PhotoSources
{
    private static readonly string[] Packages = ["mate-backgrounds", "python3-skimage"];

    private static readonly string[] Files =
    [
        "usr/share/backgrounds/mate/nature/Aqua.jpg", "usr/share/backgrounds/mate/nature/Blinds.jpg",
        "usr/share/backgrounds/mate/nature/Dune.jpg", "usr/share/backgrounds/mate/nature/FreshFlower.jpg",
        "usr/share/backgrounds/mate/nature/Garden.jpg", "usr/share/backgrounds/mate/nature/GreenMeadow.jpg",
        "usr/share/backgrounds/mate/nature/LadyBird.jpg", "usr/share/backgrounds/mate/nature/RainDrops.jpg",
        "usr/share/backgrounds/mate/nature/Storm.jpg", "usr/share/backgrounds/mate/nature/TwoWings.jpg",
        "usr/share/backgrounds/mate/nature/Wood.jpg", "usr/share/backgrounds/mate/nature/YellowFlower.jpg",
        "usr/share/backgrounds/mate/desktop/GreenTraditional.jpg", "usr/share/backgrounds/mate/abstract/Elephants.jpg",
        .. new[]
        {
            "astronaut.png", "camera.png", "chelsea.png", "coffee.png", "motorcycle_left.png", "motorcycle_right.png",
            "rocket.jpg", "grass.png", "gravel.png", "brick.png", "moon.png", "coins.png", "page.png", "retina.jpg",
            "hubble_deep_field.jpg",
        }.Select(f => "usr/lib/python3/dist-packages/skimage/data/" + f),
    ];

    private PhotoSources(List<(string Name, RgbaImage Image)> images) => Images = images;

    public List<(string Name, RgbaImage Image)> Images { get; }

    public static PhotoSources Load(string cache)
    {
        var root = Path.Combine(cache, "root");
        if (!Files.All(f => File.Exists(Path.Combine(root, f))))
            Unpack(cache, root);
        var images = new List<(string, RgbaImage)>();
        foreach (var file in Files)
        {
            var path = Path.Combine(root, file);
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"missing {file}: skipped");
                continue;
            }

            var bytes = File.ReadAllBytes(path);
            var image = path.EndsWith(".png", StringComparison.Ordinal) ? PngDecoder.Decode(bytes) : JpegCodec.Decode(bytes);
            if (image.Width < 256 || image.Height < 256)
                continue;
            images.Add((Path.GetFileName(file), image));
        }

        return new PhotoSources(images);
    }

    /// <summary>A distinct crop: source by index, then a scale (1, 2 or 3× smaller), a window, a position and a flip from the seed.</summary>
    public RgbaImage Tile(int index, int size, Random rng, bool allowFlip)
    {
        var (_, source) = Images[index % Images.Count];
        var factor = 1 + rng.Next(3);
        while (factor > 1 && (source.Width < size * factor || source.Height < size * factor))
            factor--;
        var cw = Math.Min(source.Width, size * factor);
        var ch = Math.Min(source.Height, size * factor);
        if (source.Width <= size * factor || source.Height <= size * factor)
        {
            // A small source gives distinct crops by taking a random 70–100 % window of it.
            cw = Math.Max(64, (int)(cw * (0.7 + (0.3 * rng.NextDouble()))));
            ch = Math.Max(64, (int)(ch * (0.7 + (0.3 * rng.NextDouble()))));
        }

        var x = rng.Next(source.Width - cw + 1);
        var y = rng.Next(source.Height - ch + 1);
        var crop = Backlot.Imaging.Processing.ImageCrop.Crop(source, x, y, cw, ch).Downscale(factor);
        if (allowFlip && rng.Next(2) == 0)
            crop = FlipHorizontal(crop);
        return crop;
    }

    private static RgbaImage FlipHorizontal(RgbaImage image)
    {
        var result = new RgbaImage(image.Width, image.Height);
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
                result.SetPixel(image.Width - 1 - x, y, image.GetPixel(x, y));
        }

        return result;
    }

    private static void Unpack(string cache, string root)
    {
        var debs = Path.Combine(cache, "debs");
        Directory.CreateDirectory(debs);
        Directory.CreateDirectory(root);
        Run("apt-get", $"download {string.Join(' ', Packages)}", debs);
        foreach (var deb in Directory.GetFiles(debs, "*.deb"))
            Run("dpkg", $"-x {deb} {root}", debs);
    }

    private static void Run(string file, string arguments, string directory)
    {
        Console.Error.WriteLine($"{file} {arguments}");
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { WorkingDirectory = directory })
            ?? throw new InvalidOperationException($"could not start {file}");
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {arguments} failed with exit code {process.ExitCode}");
    }
}
