using System.Net;
using System.Net.Http.Json;
using Backlot.Server.Tests.Support;
using Backlot.Studio.Auth;
using Backlot.Studio.Queries;
using Microsoft.Extensions.DependencyInjection;

namespace Backlot.Server.Tests.Auth;

/// <summary>A member token sees its productions only: anything else is 404, never another production's data.</summary>
public sealed class ProductionScopeTests(StudioServer server)
{
    // Every read and write that names production B or something inside it.
    public static TheoryData<string, string> OtherProductionRoutes => new()
    {
        { "GET", "/api/productions/{other}" },
        { "GET", "/api/productions/{other}/scenes" },
        { "GET", "/api/productions/{other}/shots" },
        { "GET", "/api/productions/{other}/jobs" },
        { "POST", "/api/productions/{other}/renders" },
        { "GET", "/api/shots/{other-shot}" },
        { "GET", "/api/shots/{other-shot}/takes" },
        { "POST", "/api/shots/{other-shot}/renders" },
        { "GET", "/api/takes/{other-take}" },
        { "GET", "/api/takes/{other-take}/reviews" },
        { "POST", "/api/takes/{other-take}/reviews" },
        { "GET", "/api/assets/{other-asset}" },
        { "GET", "/api/assets/{other-asset}/content" },
    };

    [Fact]
    public async Task List_ForAMemberOfTheSample_ShowsOnlyTheSample()
    {
        var ct = TestContext.Current.CancellationToken;
        using var member = server.Client(await MemberTokenAsync([server.SampleProductionId], ct));

        var productions = await member.GetFromJsonAsync<List<ProductionView>>("/api/productions", ct);

        Assert.Equal([server.SampleProductionId], productions!.Select(p => p.Id));
    }

    [Theory]
    [MemberData(nameof(OtherProductionRoutes))]
    public async Task OtherProduction_ForAMemberOfTheSample_IsNotFound(string method, string route)
    {
        var ct = TestContext.Current.CancellationToken;
        var path = await server.ResolveAsync(route, ct);
        using var member = server.Client(await MemberTokenAsync([server.SampleProductionId], ct));
        using var admin = server.Client(server.AdminToken);

        using var refused = await member.SendAsync(Request(method, path), ct);
        using var allowed = await admin.SendAsync(Request("GET", path.EndsWith("/renders", StringComparison.Ordinal) ? path[..^"/renders".Length] : path), ct);

        var detail = await Problems.AssertProblemAsync(refused, HttpStatusCode.NotFound, ct);
        Assert.DoesNotContain(StudioServer.OtherProductionName, detail, StringComparison.Ordinal);
        Assert.True(allowed.IsSuccessStatusCode, $"the admin reads {path}: {(int)allowed.StatusCode}");
        Assert.All(await server.ShotsAsync(server.OtherProductionId, ct), shot =>
        {
            Assert.Equal(1, shot.Takes);
            Assert.Equal("none", shot.Review);
        });
    }

    [Fact]
    public async Task SampleProduction_ForAMemberOfTheSample_IsVisible()
    {
        var ct = TestContext.Current.CancellationToken;
        using var member = server.Client(await MemberTokenAsync([server.SampleProductionId], ct));
        foreach (var route in new[] { "/api/productions/{production}/shots", "/api/shots/{shot}/takes", "/api/takes/{take}", "/api/assets/{asset}/content" })
        {
            using var response = await member.GetAsync(await server.ResolveAsync(route, ct), ct);

            Assert.True(response.IsSuccessStatusCode, $"{route}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task TokenForNothing_SeesNoProductionAndGetsNotFound()
    {
        var ct = TestContext.Current.CancellationToken;
        using var nobody = server.Client(await MemberTokenAsync([], ct));

        var productions = await nobody.GetFromJsonAsync<List<ProductionView>>("/api/productions", ct);

        Assert.Empty(productions!);
        foreach (var route in new[] { "/api/productions/{production}", "/api/shots/{shot}", "/api/takes/{take}", "/api/assets/{asset}/content" })
        {
            using var response = await nobody.GetAsync(await server.ResolveAsync(route, ct), ct);

            await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound, ct);
        }
    }

    private async Task<string> MemberTokenAsync(IReadOnlyList<Guid> productions, CancellationToken cancellationToken) =>
        (await server.Services.GetRequiredService<TokenService>().CreateAsync($"member-{Guid.NewGuid():N}", "member", productions, cancellationToken)).Token;

    private static HttpRequestMessage Request(string method, string path) => new(new HttpMethod(method), path)
    {
        Content = method == "POST" ? JsonContent.Create(new { kind = "approve" }) : null,
    };
}
