using Backlot.Imaging;
using Backlot.Imaging.Formats.Png;
using Backlot.Provenance.C2pa;
using Backlot.Provenance.Signing;
using BenchmarkDotNet.Attributes;
using Perfolizer.Mathematics.OutlierDetection;

namespace Backlot.Benchmarks;

/// <summary>
/// Sign and embed a C2PA manifest (actions, two ingredients, training-mining, take, data hash, ES256) into a 1080p
/// PNG that is encoded once in setup: hashing the file, two ES256 signatures, the JUMBF layout and the copy. Target: ≤ 5 ms.
/// </summary>
[Outliers(OutlierMode.DontRemove)]
[SimpleJob(launchCount: 1, warmupCount: 5, iterationCount: 30)]
[MemoryDiagnoser]
public class C2paSignBenchmarks
{
    private byte[] png = null!;
    private C2paRootAuthority root = null!;
    private C2paSigningCredential credential = null!;
    private C2paManifestDefinition definition = null!;

    [GlobalSetup]
    public void SetUp()
    {
        var image = new RgbaImage(1920, 1080);
        var random = new Random(1080);
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
                image.SetPixel(x, y, new Rgba32((byte)(x / 8 + random.Next(4)), (byte)(y / 5 + random.Next(4)), (byte)((x + y) / 12)));
        }
        png = PngEncoder.Encode(image);
        root = C2paCertificateAuthority.CreateRoot("Benchmark Pictures");
        credential = C2paCertificateAuthority.IssueSigningCredential(root, "Benchmark signing");
        definition = new C2paManifestDefinition("sh0010_t3.png", "Backlot", "1.0.0",
        [
            new C2paAction(C2paActionNames.Created, DigitalSourceType.TrainedAlgorithmicMedia, "ComfyUI flux-dev", DateTimeOffset.UtcNow),
            new C2paAction(C2paActionNames.Edited, SoftwareAgent: "Backlot compositor", Ingredients: [0, 1]),
        ])
        {
            Ingredients =
            [
                new C2paIngredient("mara-front.png", "image/png", new byte[32], IngredientRelationship.InputTo, "character reference"),
                new C2paIngredient("plate.png", "image/png", new byte[32], IngredientRelationship.ComponentOf, "plate"),
            ],
            Take = new BacklotTake("Benchmark", "sh0010", 3, "comfyui", "0.3.40", new string('a', 64)),
        };
        Console.WriteLine($"// 1080p PNG: {png.Length:N0} bytes");
    }

    [GlobalCleanup]
    public void CleanUp()
    {
        credential.Key.Dispose();
        root.Key.Dispose();
    }

    [Benchmark]
    public byte[] SignAndEmbed1080pPng() => C2paSigner.Sign(png, definition, credential);
}
