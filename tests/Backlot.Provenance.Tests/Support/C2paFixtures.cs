using Backlot.Imaging.Formats.Png;
using Backlot.Imaging;
using Backlot.Provenance.C2pa;
using Backlot.Provenance.Signing;
using Backlot.Tests.Shared;

namespace Backlot.Provenance.Tests.Support;

/// <summary>Images, identities and manifests the C2PA tests share. One root and credential per test run keeps them fast.</summary>
internal static class C2paFixtures
{
    private static readonly Lazy<(C2paRootAuthority Root, C2paSigningCredential Credential)> Identity = new(() =>
    {
        var root = C2paCertificateAuthority.CreateRoot("Brick and Steel Productions");
        return (root, C2paCertificateAuthority.IssueSigningCredential(root, "Brick and Steel signing"));
    });

    public static C2paRootAuthority Root => Identity.Value.Root;

    public static C2paSigningCredential Credential => Identity.Value.Credential;

    public static byte[] Png(int width = 64, int height = 48)
    {
        var image = new RgbaImage(width, height);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
                image.SetPixel(x, y, new Rgba32((byte)(x * 4), (byte)(y * 5), (byte)((x ^ y) * 3)));
        }
        return PngEncoder.Encode(image);
    }

    public static byte[] Jpeg() => File.ReadAllBytes(C2paOracle.Corpus("trustnxt-icon.jpg"));

    public static C2paManifestDefinition Manifest() => new(
        "shot-12A-take-3.png", "Backlot", "0.9.0",
        [
            new C2paAction(C2paActionNames.Created, DigitalSourceType.TrainedAlgorithmicMedia, "ComfyUI flux-dev 1.0", DateTimeOffset.UtcNow),
            new C2paAction(C2paActionNames.Edited, SoftwareAgent: "Backlot compositor", Ingredients: [0, 1]),
        ])
    {
        Ingredients =
        [
            new C2paIngredient("mara-front.png", "image/png", new byte[32].Select((_, i) => (byte)i).ToArray(), IngredientRelationship.InputTo, "character reference"),
            new C2paIngredient("plate-ext-harbour.png", "image/png", new byte[32].Select((_, i) => (byte)(255 - i)).ToArray(), IngredientRelationship.ComponentOf, "plate"),
        ],
        Take = new BacklotTake("Brick and Steel", "12A", 3, "comfyui", "0.3.40", new string('a', 64)),
    };

    /// <summary>Writes bytes to a fresh temp file with the given extension (the checker picks the format by it).</summary>
    public static string Save(byte[] bytes, string extension)
    {
        var path = Path.Combine(Path.GetTempPath(), $"backlot-c2pa-{Guid.NewGuid():N}{extension}");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public static string SaveRootPem() => Save(System.Text.Encoding.ASCII.GetBytes(C2paPem.ExportCertificates([Root.Certificate])), ".pem");
}
