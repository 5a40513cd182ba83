using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Backlot.Data.Blobs;
using Backlot.Imaging;
using Backlot.Imaging.Formats.Png;
using Backlot.Provenance.C2pa;
using Backlot.Provenance.Watermark;
using Backlot.Server.Tests.Support;
using Backlot.Studio.Queries;
using Backlot.Studio.Signing;
using Microsoft.Extensions.DependencyInjection;

namespace Backlot.Server.Tests.Features.Assets;

public sealed class AssetsApiTests(StudioServer server)
{
    [Fact]
    public async Task Content_OfABeautyFrame_IsThePngItsShaNames_WatermarkedAndSignedWithItsTakesCredentials()
    {
        var ct = TestContext.Current.CancellationToken;
        var shot = (await server.SampleShotsAsync(ct))[0];
        var sha = shot.Latest!.BeautySha256!;
        using var admin = server.Client(server.AdminToken);

        using var response = await admin.GetAsync($"/api/assets/{sha}/content", ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(ct);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
        Assert.NotEqual(sha, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        var credentials = C2paReader.Read(bytes);
        Assert.Equal(C2paValidationState.Valid, credentials.State);
        // The pixels are the stored frame's with the invisible watermark in them: close to it, and carrying its take.
        var stored = PngDecoder.Decode(await server.Services.GetRequiredService<IBlobStore>().ReadAllBytesAsync(sha, ct));
        var served = PngDecoder.Decode(bytes);
        Assert.True(Psnr(stored, served) >= 40, $"PSNR {Psnr(stored, served):0.0} dB");
        var mark = WatermarkDetector.Detect(served, server.Services.GetRequiredService<WatermarkKeys>().Key);
        Assert.Equal(WatermarkPayload.For(server.SampleProductionId, shot.Latest.Id).Value, mark.Payload);
        Assert.NotNull(credentials.Manifest!.Take);
        Assert.Contains("noai", string.Join(",", response.Headers.GetValues("X-Robots-Tag")), StringComparison.Ordinal);
        Assert.Equal("1", Assert.Single(response.Headers.GetValues("TDM-Reservation")));
    }

    private static double Psnr(RgbaImage a, RgbaImage b)
    {
        double sum = 0;
        for (var i = 0; i < a.Pixels.Length; i++)
        {
            if (i % 4 == 3)
                continue;
            var d = a.Pixels[i] - b.Pixels[i];
            sum += d * d;
        }

        var mse = sum / (a.Pixels.Length * 3 / 4.0);
        return mse == 0 ? double.PositiveInfinity : 10 * Math.Log10(255.0 * 255.0 / mse);
    }

    /// <summary>The PNG with every chunk of one type left out: the file as it was before the manifest store went in.</summary>
    internal static byte[] PngWithout(byte[] png, string type)
    {
        var kept = new List<byte>(png[..8]);
        for (var at = 8; at < png.Length;)
        {
            var length = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var chunk = png.AsSpan(at, 12 + length);
            if (System.Text.Encoding.ASCII.GetString(png, at + 4, 4) != type)
                kept.AddRange(chunk.ToArray());
            at += 12 + length;
        }

        return [.. kept];
    }

    [Fact]
    public async Task Record_OfABeautyFrame_NamesItsTake()
    {
        var ct = TestContext.Current.CancellationToken;
        var latest = (await server.SampleShotsAsync(ct))[0].Latest!;
        using var admin = server.Client(server.AdminToken);

        var asset = await admin.GetFromJsonAsync<AssetView>($"/api/assets/{latest.BeautySha256}", ct);

        Assert.Equal("image/png", asset!.MediaType);
        Assert.True(asset.Width > 0 && asset.Height > 0, $"{asset.Width}x{asset.Height}");
        Assert.NotNull(asset.SourceTakeId);
    }

    [Theory]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("not-a-sha")]
    public async Task Get_UnknownAsset_IsNotFoundWithAProblem(string sha)
    {
        var ct = TestContext.Current.CancellationToken;
        using var admin = server.Client(server.AdminToken);
        foreach (var route in new[] { $"/api/assets/{sha}", $"/api/assets/{sha}/content" })
        {
            using var response = await admin.GetAsync(route, ct);

            await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound, ct);
        }
    }
}
