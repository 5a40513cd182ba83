using System.Net;
using System.Net.Http.Json;
using Backlot.Server.Tests.Support;
using Backlot.Studio.Queries;

namespace Backlot.Server.Tests.Features.Takes;

public sealed class TakesApiTests(StudioServer server)
{
    [Fact]
    public async Task Approve_ACompletedTake_SelectsItAndMarksTheShotApproved()
    {
        var ct = TestContext.Current.CancellationToken;
        var shot = (await server.SampleShotsAsync(ct))[1];
        using var admin = server.Client(server.AdminToken);

        using var response = await admin.PostAsJsonAsync($"/api/takes/{shot.Latest!.Id}/reviews", new { kind = "approve" }, ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var review = await response.Content.ReadFromJsonAsync<ReviewView>(ct);
        Assert.Equal("Approve", review!.Kind);
        Assert.Equal(shot.Latest.Id, review.TakeId);
        var after = await admin.GetFromJsonAsync<ShotView>($"/api/shots/{shot.Id}", ct);
        Assert.Equal("approved", after!.Review);
        Assert.Equal(shot.Latest.Id, after.SelectedTakeId);
        var reviews = await admin.GetFromJsonAsync<List<ReviewView>>($"/api/takes/{shot.Latest.Id}/reviews", ct);
        Assert.Contains(reviews!, r => r.Id == review.Id);
    }

    [Fact]
    public async Task Note_WithText_IsKeptOnTheTake()
    {
        var ct = TestContext.Current.CancellationToken;
        var shot = (await server.SampleShotsAsync(ct))[3];
        using var admin = server.Client(server.AdminToken);

        using var response = await admin.PostAsJsonAsync($"/api/takes/{shot.Latest!.Id}/reviews", new { kind = "note", text = "  marquee reads wrong  " }, ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var take = await admin.GetFromJsonAsync<TakeView>($"/api/takes/{shot.Latest.Id}", ct);
        Assert.Contains(take!.Reviews, r => r.Kind == "Note" && r.Text == "marquee reads wrong");
    }

    [Theory]
    [InlineData("note", null)]
    [InlineData("note", "   ")]
    [InlineData("applaud", null)]
    public async Task Review_WithoutTextOrOfAnUnknownKind_IsBadRequest(string kind, string? text)
    {
        var ct = TestContext.Current.CancellationToken;
        var shot = (await server.SampleShotsAsync(ct))[3];
        using var admin = server.Client(server.AdminToken);

        using var response = await admin.PostAsJsonAsync($"/api/takes/{shot.Latest!.Id}/reviews", new { kind, text }, ct);

        var detail = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest, ct);
        Assert.NotEmpty(detail);
    }

    [Theory]
    [InlineData("GET", "/api/takes/{0}")]
    [InlineData("GET", "/api/takes/{0}/reviews")]
    [InlineData("POST", "/api/takes/{0}/reviews")]
    public async Task UnknownTake_IsNotFoundWithAProblem(string method, string route)
    {
        var ct = TestContext.Current.CancellationToken;
        using var admin = server.Client(server.AdminToken);
        var unknown = Guid.NewGuid();
        using var request = new HttpRequestMessage(new HttpMethod(method), string.Format(System.Globalization.CultureInfo.InvariantCulture, route, unknown));
        if (method == "POST")
            request.Content = JsonContent.Create(new { kind = "approve" });

        using var response = await admin.SendAsync(request, ct);

        var detail = await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound, ct);
        Assert.Contains(unknown.ToString(), detail, StringComparison.Ordinal);
    }
}
