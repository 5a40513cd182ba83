using System.Net;
using System.Net.Http.Json;
using Backlot.Server.Tests.Support;

namespace Backlot.Server.Tests.Auth;

public sealed class ApiAuthenticationTests(StudioServer server)
{
    // One route of every group under /api.
    public static TheoryData<string> Routes =>
    [
        "/api/productions",
        "/api/productions/{production}",
        "/api/productions/{production}/scenes",
        "/api/productions/{production}/shots",
        "/api/shots/{shot}",
        "/api/shots/{shot}/takes",
        "/api/takes/{take}",
        "/api/assets/{asset}/content",
        "/api/productions/{production}/jobs",
        "/api/engines",
    ];

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Get_WithoutToken_IsUnauthorized(string route)
    {
        var ct = TestContext.Current.CancellationToken;
        using var anonymous = server.Client();

        using var response = await anonymous.GetAsync(await server.ResolveAsync(route, ct), ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Theory]
    [InlineData("Bearer", "blt_0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("Bearer", "not-a-token")]
    [InlineData("Basic", "YWRtaW46YWRtaW4=")]
    [InlineData("Bearer", "")]
    public async Task Get_WithMalformedOrUnknownToken_IsUnauthorized(string scheme, string token)
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = server.Client();
        foreach (var route in Routes)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, await server.ResolveAsync(route, ct));
            request.Headers.TryAddWithoutValidation("Authorization", token.Length == 0 ? scheme : $"{scheme} {token}");

            using var response = await client.SendAsync(request, ct);

            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{route} with '{scheme} {token}': {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Post_Review_WithoutToken_IsUnauthorized()
    {
        var ct = TestContext.Current.CancellationToken;
        using var anonymous = server.Client();

        using var response = await anonymous.PostAsJsonAsync(await server.ResolveAsync("/api/takes/{take}/reviews", ct), new { kind = "approve" }, ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var shots = await server.SampleShotsAsync(ct);
        Assert.Equal("none", shots[0].Review);
    }

    [Fact]
    public async Task Get_WithAdminToken_Succeeds()
    {
        var ct = TestContext.Current.CancellationToken;
        using var admin = server.Client(server.AdminToken);
        foreach (var route in Routes)
        {
            using var response = await admin.GetAsync(await server.ResolveAsync(route, ct), ct);

            Assert.True(response.IsSuccessStatusCode, $"{route}: {(int)response.StatusCode}");
        }
    }
}
