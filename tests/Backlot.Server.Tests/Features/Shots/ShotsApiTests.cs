using System.Net;
using System.Net.Http.Json;
using Backlot.Server.Tests.Support;
using Backlot.Studio.Queries;

namespace Backlot.Server.Tests.Features.Shots;

public sealed class ShotsApiTests(StudioServer server)
{
    [Fact]
    public async Task Get_Shot_MatchesTheProductionsShotList()
    {
        var ct = TestContext.Current.CancellationToken;
        var listed = (await server.SampleShotsAsync(ct))[2];
        using var admin = server.Client(server.AdminToken);

        var shot = await admin.GetFromJsonAsync<ShotView>($"/api/shots/{listed.Id}", ct);

        Assert.Equal(listed.Code, shot!.Code);
        Assert.Equal(listed.Latest!.Id, shot.Latest!.Id);
    }

    [Fact]
    public async Task Takes_OfAShot_AreItsOwnWithTheBeautyFrame()
    {
        var ct = TestContext.Current.CancellationToken;
        var shot = (await server.SampleShotsAsync(ct))[2];
        using var admin = server.Client(server.AdminToken);

        var takes = await admin.GetFromJsonAsync<List<TakeView>>($"/api/shots/{shot.Id}/takes", ct);

        Assert.NotEmpty(takes!);
        Assert.All(takes!, t => Assert.Equal(shot.Id, t.ShotId));
        var latest = Assert.Single(takes!, t => t.Id == shot.Latest!.Id);
        Assert.Equal("Completed", latest.Status);
        Assert.Contains(latest.Outputs, o => o.Role == "beauty" && o.Sha256 == shot.Latest!.BeautySha256);
    }

    [Theory]
    [InlineData("/api/shots/{0}")]
    [InlineData("/api/shots/{0}/takes")]
    public async Task Get_UnknownShot_IsNotFoundWithAProblem(string route)
    {
        var ct = TestContext.Current.CancellationToken;
        using var admin = server.Client(server.AdminToken);
        var unknown = Guid.NewGuid();

        using var response = await admin.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, route, unknown), ct);

        var detail = await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound, ct);
        Assert.Contains(unknown.ToString(), detail, StringComparison.Ordinal);
    }
}
