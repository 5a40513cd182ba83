using System.Net;
using System.Net.Http.Json;
using Backlot.Server.Tests.Support;
using Backlot.Studio.Queries;

namespace Backlot.Server.Tests.Features.Productions;

public sealed class ProductionsApiTests(StudioServer server)
{
    [Fact]
    public async Task List_WithAdminToken_ShowsTheSampleProduction()
    {
        var ct = TestContext.Current.CancellationToken;
        using var admin = server.Client(server.AdminToken);

        var productions = await admin.GetFromJsonAsync<List<ProductionView>>("/api/productions", ct);

        var sample = Assert.Single(productions!, p => p.Id == server.SampleProductionId);
        Assert.True(sample.Scenes >= 5, $"{sample.Scenes} scenes");
        Assert.True(sample.Shots >= 15, $"{sample.Shots} shots");
        Assert.True(sample.CompletedTakes >= sample.Shots, $"{sample.CompletedTakes} completed takes for {sample.Shots} shots");
    }

    [Fact]
    public async Task Scenes_OfTheSample_AreAtLeastFiveInScriptOrder()
    {
        var ct = TestContext.Current.CancellationToken;
        using var admin = server.Client(server.AdminToken);

        var scenes = await admin.GetFromJsonAsync<List<SceneView>>($"/api/productions/{server.SampleProductionId}/scenes", ct);

        Assert.True(scenes!.Count >= 5, $"{scenes.Count} scenes");
        Assert.Equal(scenes.OrderBy(s => s.Ordinal).Select(s => s.Id), scenes.Select(s => s.Id));
        Assert.All(scenes, s => Assert.False(string.IsNullOrWhiteSpace(s.Heading)));
    }

    [Fact]
    public async Task Shots_OfTheSample_EachHaveACompletedTakeWithABeautyFrame()
    {
        var ct = TestContext.Current.CancellationToken;

        var shots = await server.SampleShotsAsync(ct);

        Assert.True(shots.Count >= 15, $"{shots.Count} shots");
        Assert.All(shots, shot =>
        {
            Assert.Equal(server.SampleProductionId, shot.ProductionId);
            Assert.NotNull(shot.Latest);
            Assert.Equal("Completed", shot.Latest.Status);
            Assert.Matches("^[0-9a-f]{64}$", shot.Latest.BeautySha256);
        });
    }

    [Fact]
    public async Task Get_UnknownProduction_IsNotFoundWithAProblem()
    {
        var ct = TestContext.Current.CancellationToken;
        using var admin = server.Client(server.AdminToken);
        var unknown = Guid.NewGuid();
        foreach (var route in new[] { $"/api/productions/{unknown}", $"/api/productions/{unknown}/scenes", $"/api/productions/{unknown}/shots", $"/api/productions/{unknown}/jobs" })
        {
            using var response = await admin.GetAsync(route, ct);

            var detail = await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound, ct);
            Assert.Contains(unknown.ToString(), detail, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Render_WithALensOverride_QueuesANewTakeThatCompletes()
    {
        var ct = TestContext.Current.CancellationToken;
        using var admin = server.Client(server.AdminToken);

        using var response = await admin.PostAsJsonAsync(
            $"/api/productions/{server.SampleProductionId}/renders", new { set = new Dictionary<string, string> { ["lens"] = "85" }, shot = "1A" }, ct);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var plan = await response.Content.ReadFromJsonAsync<RenderPlanBody>(ct);
        var queued = Assert.Single(plan!.Takes);
        Assert.Equal("1A", queued.ShotCode);
        Assert.False(queued.Reused);
        var take = await WaitForTakeAsync(admin, queued.TakeId, TimeSpan.FromSeconds(60), ct);
        Assert.Equal("Completed", take.Status);
        Assert.Equal(85.0, Assert.IsType<System.Text.Json.JsonElement>(take.Sheet["lens"]).GetDouble());
        Assert.Contains(take.Outputs, o => o.Role == "beauty" && o.MediaType == "image/png");
    }

    [Theory]
    [InlineData("aperture_bogus", "2.8")]
    [InlineData("lens", "very long")]
    public async Task Render_WithAnInvalidKnob_IsBadRequestNamingTheKnob(string knob, string value)
    {
        var ct = TestContext.Current.CancellationToken;
        using var admin = server.Client(server.AdminToken);

        using var response = await admin.PostAsJsonAsync(
            $"/api/productions/{server.SampleProductionId}/renders", new { set = new Dictionary<string, string> { [knob] = value }, shot = "1A" }, ct);

        var detail = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest, ct);
        Assert.Contains(knob, detail, StringComparison.Ordinal);
    }

    private static async Task<TakeView> WaitForTakeAsync(HttpClient client, Guid takeId, TimeSpan limit, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limit);
        while (true)
        {
            var take = await client.GetFromJsonAsync<TakeView>($"/api/takes/{takeId}", cancellationToken);
            if (take!.Status is not ("Queued" or "Running"))
                return take;
            await Task.Delay(200, timeout.Token);
        }
    }

    // RenderPlan as the API sends it (its computed New count is output only).
    private sealed record RenderPlanBody(Guid ProductionId, List<Backlot.Studio.Renders.QueuedTake> Takes);
}
