using System.Net;
using System.Text.Json;
using Backlot.Server.Tests.Support;
using Backlot.Studio.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace Backlot.Server.Tests.Features.Productions;

public sealed class BreakdownApiTests(StudioServer server)
{
    [Fact]
    public async Task Get_Breakdown_OfTheSample_HasItsPagesAndEveryScenesEighthsAddingUpToThem()
    {
        var ct = TestContext.Current.CancellationToken;
        using var admin = server.Client(server.AdminToken);

        using var response = await admin.GetAsync($"/api/productions/{server.SampleProductionId}/breakdown", ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        var pages = json.RootElement.GetProperty("pages").GetDouble();
        var scenes = json.RootElement.GetProperty("scenes").EnumerateArray().ToList();
        Assert.Equal(6, scenes.Count);
        Assert.Equal(pages * 8, scenes.Sum(s => s.GetProperty("eighths").GetInt32()));
        Assert.Equal(["MAYA", "DEV"], scenes[0].GetProperty("speakingCast").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains(json.RootElement.GetProperty("characters").EnumerateArray(), c => c.GetProperty("name").GetString() == "WALT");
    }

    [Fact]
    public async Task Get_Breakdown_WithATokenForAnotherProduction_IsNotFound()
    {
        var ct = TestContext.Current.CancellationToken;
        var (token, _) = await server.Services.GetRequiredService<TokenService>()
            .CreateAsync($"member-{Guid.NewGuid():N}", "member", [server.OtherProductionId], ct);
        using var member = server.Client(token);

        using var response = await member.GetAsync($"/api/productions/{server.SampleProductionId}/breakdown", ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_BreakdownExport_IsACsvWithThePageMeasureInThePagesColumn()
    {
        var ct = TestContext.Current.CancellationToken;
        using var admin = server.Client(server.AdminToken);

        using var response = await admin.GetAsync($"/api/productions/{server.SampleProductionId}/exports/breakdown", ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = (await response.Content.ReadAsStringAsync(ct)).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Scene,Int/Ext,Set/Location,Day/Night,Pages", lines[0], StringComparison.Ordinal);
        Assert.Equal(7, lines.Length);
        Assert.DoesNotContain(lines.Skip(1), l => l.Split(',')[4] is "0" or "");
    }
}
