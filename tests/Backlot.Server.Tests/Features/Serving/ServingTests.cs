using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Backlot.Provenance.Audit;
using Backlot.Provenance.C2pa;
using Backlot.Server.Tests.Support;
using Backlot.Studio;
using Backlot.Studio.Audit;
using Backlot.Studio.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace Backlot.Server.Tests.Features.Serving;

/// <summary>What the server says to machines (robots, TDMRep) and how a download leaves without a sign-in: a signed link that expires.</summary>
public sealed class ServingTests(StudioServer server)
{
    [Fact]
    public async Task RobotsTxt_TurnsAiCrawlersAwayFromEverything_AndEveryoneFromTheApi()
    {
        using var anonymous = server.Client();

        var robots = await anonymous.GetStringAsync("/robots.txt", TestContext.Current.CancellationToken);

        foreach (var bot in new[] { "GPTBot", "ClaudeBot", "CCBot", "Google-Extended", "PerplexityBot", "Bytespider", "Amazonbot", "Applebot-Extended", "meta-externalagent" })
            Assert.Contains($"User-agent: {bot}\n", robots, StringComparison.Ordinal);
        var groups = robots.Split("\n\n");
        Assert.EndsWith("Disallow: /", groups[0].TrimEnd(), StringComparison.Ordinal);
        Assert.Contains("User-agent: *\nDisallow: /api/", robots, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TdmRep_ReservesTheWholeSite()
    {
        using var anonymous = server.Client();

        using var response = await anonymous.GetAsync("/.well-known/tdmrep.json", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var rule = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("/*", rule.GetProperty("location").GetString());
        Assert.Equal(1, rule.GetProperty("tdm-reservation").GetInt32());
        Assert.Equal("1", Assert.Single(response.Headers.GetValues("TDM-Reservation")));
    }

    [Fact]
    public async Task Content_WithoutSignInOrLink_IsUnauthorized()
    {
        var ct = TestContext.Current.CancellationToken;
        using var anonymous = server.Client();

        using var response = await anonymous.GetAsync($"/api/assets/{await BeautyAsync(ct)}/content", ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task SignedLink_DownloadsWithoutSignIn_SignedFrame_AndIsAudited()
    {
        var ct = TestContext.Current.CancellationToken;
        var sha = await BeautyAsync(ct);
        var url = await MintAsync(sha, ct);
        using var anonymous = server.Client();

        using var response = await anonymous.GetAsync(url, ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync(ct);
        Assert.Equal(C2paValidationState.Valid, C2paReader.Read(bytes).State);
        var log = await server.Services.GetRequiredService<AuditService>().ListAsync(server.SampleProductionId, cancellationToken: ct);
        var entry = log.Last(e => e.Action == AuditActions.Download);
        Assert.StartsWith("signed link from ", entry.Actor, StringComparison.Ordinal);
        Assert.Equal([sha, Convert.ToHexStringLower(SHA256.HashData(bytes))], entry.AssetSha256s);
    }

    [Fact]
    public async Task SignedLink_Tampered_IsUnauthorized()
    {
        var ct = TestContext.Current.CancellationToken;
        var shots = await server.SampleShotsAsync(ct);
        var url = await MintAsync(shots[0].Latest!.BeautySha256!, ct);
        using var anonymous = server.Client();

        var otherAsset = url.Replace(shots[0].Latest!.BeautySha256!, shots[1].Latest!.BeautySha256!, StringComparison.Ordinal);
        var laterExpiry = System.Text.RegularExpressions.Regex.Replace(url, @"expires=(\d+)", m => $"expires={long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) + 3600}");
        var otherName = url.Replace("by=", "by=x", StringComparison.Ordinal);
        var flipped = url[..^1] + (url[^1] == 'A' ? 'B' : 'A');
        foreach (var bad in new[] { otherAsset, laterExpiry, otherName, flipped })
        {
            using var response = await anonymous.GetAsync(bad, ct);
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{bad}: {response.StatusCode}");
        }
    }

    [Fact]
    public async Task SignedLink_Expired_IsUnauthorized()
    {
        var ct = TestContext.Current.CancellationToken;
        var sha = await BeautyAsync(ct);
        var path = $"/api/assets/{sha}/content";
        var expires = DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        // The server makes its link secret when it first mints a link; mint one so the secret exists whatever ran before.
        using (var admin = server.Client(server.AdminToken))
        using (var minted = await admin.PostAsync($"/api/assets/{sha}/links?minutes=5", null, ct))
            Assert.True(minted.IsSuccessStatusCode, $"minting a link: {minted.StatusCode}");

        // Signed with the server's own secret, as a link minted an hour ago would be.
        var secret = Convert.FromBase64String(await File.ReadAllTextAsync(
            Path.Combine(server.Services.GetRequiredService<StudioOptions>().DataDirectory, "link-secret"), ct));
        var sig = Convert.ToBase64String(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes($"GET\n{path}\n{expires}\nadmin")))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
        using var anonymous = server.Client();

        using var fresh = await anonymous.GetAsync($"{path}?expires={long.Parse(expires, CultureInfo.InvariantCulture) + 7200}&by=admin&sig={sig}", ct);
        using var expired = await anonymous.GetAsync($"{path}?expires={expires}&by=admin&sig={sig}", ct);

        Assert.Equal(HttpStatusCode.Unauthorized, fresh.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
    }

    [Fact]
    public async Task MintingALink_ForAnAssetTheTokenCannotSee_IsNotFound()
    {
        var ct = TestContext.Current.CancellationToken;
        var (token, _) = await server.Services.GetRequiredService<TokenService>().CreateAsync("b-only", "member", [server.OtherProductionId], ct);
        using var member = server.Client(token);

        using var response = await member.PostAsync($"/api/assets/{await BeautyAsync(ct)}/links", null, ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<string> BeautyAsync(CancellationToken ct) => (await server.SampleShotsAsync(ct))[0].Latest!.BeautySha256!;

    private async Task<string> MintAsync(string sha, CancellationToken ct)
    {
        using var admin = server.Client(server.AdminToken);
        using var response = await admin.PostAsync($"/api/assets/{sha}/links?minutes=10", null, ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        var expires = json.RootElement.GetProperty("expiresAt").GetDateTimeOffset();
        Assert.InRange(expires, DateTimeOffset.UtcNow.AddMinutes(9), DateTimeOffset.UtcNow.AddMinutes(11));
        return json.RootElement.GetProperty("url").GetString()!;
    }
}
