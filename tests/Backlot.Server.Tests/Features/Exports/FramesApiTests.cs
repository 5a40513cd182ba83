using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Backlot.Provenance.Audit;
using Backlot.Provenance.C2pa;
using Backlot.Provenance.Signing;
using Backlot.Server.Tests.Support;
using Backlot.Studio.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace Backlot.Server.Tests.Features.Exports;

public sealed class FramesApiTests(StudioServer server)
{
    [Fact]
    public async Task ExportFrames_IsAZipOfSignedFrames_TrustedUnderTheRootTheSigningEndpointGives()
    {
        var ct = TestContext.Current.CancellationToken;
        using var admin = server.Client(server.AdminToken);
        var anchors = await AnchorsAsync(admin, ct);

        using var response = await admin.GetAsync($"/api/productions/{server.SampleProductionId}/exports/frames", ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(ct), ZipArchiveMode.Read);
        Assert.Equal((await server.SampleShotsAsync(ct)).Count, zip.Entries.Count);
        foreach (var entry in zip.Entries)
        {
            Assert.Matches(@"^[0-9A-Z]+_t[0-9]+\.png$", entry.FullName);
            using var bytes = new MemoryStream();
            await entry.Open().CopyToAsync(bytes, ct);
            var result = C2paReader.Read(bytes.ToArray(), anchors);
            Assert.True(result.State == C2paValidationState.Trusted, $"{entry.FullName}: {result.State} {result.FailureCodes}");
            Assert.Equal(entry.FullName, result.Manifest!.Title);
        }
    }

    [Fact]
    public async Task TakeFrame_IsSignedAndRecordedAsExported()
    {
        var ct = TestContext.Current.CancellationToken;
        using var admin = server.Client(server.AdminToken);
        var shot = (await server.SampleShotsAsync(ct))[1];

        using var response = await admin.GetAsync($"/api/takes/{shot.Latest!.Id}/frame", ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"{shot.Code}_t{shot.Latest.Number}.png", response.Content.Headers.ContentDisposition?.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync(ct);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var log = await server.Services.GetRequiredService<AuditService>().ListAsync(server.SampleProductionId, cancellationToken: ct);
        var entry = log.Last(e => e.Action == AuditActions.ExportFrame && e.SubjectIds.Contains(shot.Latest.Id.ToString()));
        Assert.Equal([shot.Latest.BeautySha256!, sha], entry.AssetSha256s);
    }

    [Fact]
    public async Task Signing_OfAProductionTheTokenCannotSee_IsNotFound()
    {
        var ct = TestContext.Current.CancellationToken;
        var token = await MemberTokenAsync(ct);
        using var member = server.Client(token);

        using var response = await member.GetAsync($"/api/productions/{server.SampleProductionId}/signing", ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<string> MemberTokenAsync(CancellationToken ct)
    {
        var tokens = server.Services.GetRequiredService<Backlot.Studio.Auth.TokenService>();
        var (token, _) = await tokens.CreateAsync("b-member", "member", [server.OtherProductionId], ct);
        return token;
    }

    private async Task<IReadOnlyList<System.Security.Cryptography.X509Certificates.X509Certificate2>> AnchorsAsync(HttpClient admin, CancellationToken ct)
    {
        using var signing = await admin.GetFromJsonAsync<JsonDocument>($"/api/productions/{server.SampleProductionId}/signing", ct);
        Assert.Contains("THE LAST REEL", signing!.RootElement.GetProperty("subject").GetString(), StringComparison.Ordinal);
        return C2paPem.ImportCertificates(signing.RootElement.GetProperty("rootPem").GetString()!);
    }
}
