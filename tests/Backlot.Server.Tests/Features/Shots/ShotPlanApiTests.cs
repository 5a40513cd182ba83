using System.Net;
using System.Net.Http.Json;
using Backlot.Server.Tests.Support;
using Backlot.Studio.Auth;
using Backlot.Studio.Queries;
using Backlot.Studio.Shots;
using Microsoft.Extensions.DependencyInjection;

namespace Backlot.Server.Tests.Features.Shots;

/// <summary>The plan editor over HTTP, on a production of its own so other tests' shot lists stay as they are.</summary>
public sealed class ShotPlanApiTests(StudioServer server)
{
    private const string Script = """
        INT. DINER - NIGHT

        Rain on the glass. NORA slides into a booth. The WAITRESS pours coffee without asking.

        NORA
        You remember me?

        CAL
        Every Tuesday for a year.

        NORA
        Then you know what I want.

        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PlanEditor_EditsAddsMovesLocksOmits_AndReplanKeepsWhatPeopleDid()
    {
        using var admin = server.Client(server.AdminToken);
        var production = await server.ImportScriptAsync("Plan API " + Guid.NewGuid().ToString("N")[..6], "diner.fountain", Script, Ct);
        var shots = await ShotsAsync(admin, production);
        Assert.Equal(["establishing", "cutaway", "two-shot", "ots", "ots"], shots.Select(s => s.Framing));

        using var edited = await admin.PatchAsJsonAsync($"/api/shots/{shots[2].Id}", new ShotChanges(Size: "CU", Lens: 75, Description: "Nora, tighter"), Ct);
        var shot = await edited.Content.ReadFromJsonAsync<ShotView>(Ct);
        Assert.Equal(("CU", 75.0, "Nora, tighter", true), (shot!.Size, shot.Lens, shot.Description, shot.Edited));

        using var added = await admin.PostAsJsonAsync($"/api/productions/{production}/scenes/1/shots", new { after = "1A", size = "ECU", framing = "insert", description = "The coffee pot" }, Ct);
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var insert = await added.Content.ReadFromJsonAsync<ShotView>(Ct);
        Assert.Equal(("1F", 2, "insert"), (insert!.Code, insert.Ordinal, insert.Framing));

        using var moved = await admin.PostAsJsonAsync($"/api/shots/{insert.Id}/move", new { ordinal = 6 }, Ct);
        Assert.Equal(6, (await moved.Content.ReadFromJsonAsync<ShotView>(Ct))!.Ordinal);

        using var locked = await admin.PostAsJsonAsync($"/api/shots/{shots[3].Id}/locks", new { knobs = new[] { "lens" }, locked = true }, Ct);
        Assert.True((await locked.Content.ReadFromJsonAsync<ShotView>(Ct))!.Sheet["lens"].Locked);

        using var omitted = await admin.PostAsJsonAsync($"/api/shots/{shots[4].Id}/omit", new { omitted = true }, Ct);
        Assert.True((await omitted.Content.ReadFromJsonAsync<ShotView>(Ct))!.Omitted);
        Assert.DoesNotContain(await ShotsAsync(admin, production), s => s.Id == shots[4].Id);

        using var replanned = await admin.PostAsJsonAsync($"/api/productions/{production}/replan", new { scene = "1" }, Ct);
        var result = await replanned.Content.ReadFromJsonAsync<ReplanResult>(Ct);
        Assert.Equal((4, 2, 2), (result!.Kept, result.Removed, result.Added));
        var after = await ShotsAsync(admin, production, omitted: true);
        Assert.Equal(["1A", "1B", "1C", "1D", "1E", "1F"], after.Select(s => s.Code).Order(StringComparer.Ordinal));
        Assert.Equal("Nora, tighter", after.Single(s => s.Id == shots[2].Id).Description);
        Assert.Contains(after, s => s.Id == insert.Id);
    }

    [Fact]
    public async Task PlanEditor_BadInput_IsAProblemNamingIt()
    {
        using var admin = server.Client(server.AdminToken);
        var production = await server.ImportScriptAsync("Plan API bad " + Guid.NewGuid().ToString("N")[..6], "diner.fountain", Script, Ct);
        var shot = (await ShotsAsync(admin, production))[1];

        using var badSize = await admin.PatchAsJsonAsync($"/api/shots/{shot.Id}", new ShotChanges(Size: "GIANT"), Ct);
        Assert.Contains("size 'GIANT'", await Problems.AssertProblemAsync(badSize, HttpStatusCode.BadRequest, Ct), StringComparison.Ordinal);

        using var badLock = await admin.PostAsJsonAsync($"/api/shots/{shot.Id}/locks", new { knobs = new[] { "timeOfDay" } }, Ct);
        Assert.Contains("has no value for 'timeOfDay'", await Problems.AssertProblemAsync(badLock, HttpStatusCode.BadRequest, Ct), StringComparison.Ordinal);

        using var badScene = await admin.PostAsJsonAsync($"/api/productions/{production}/scenes/42/shots", new { size = "MS" }, Ct);
        await Problems.AssertProblemAsync(badScene, HttpStatusCode.NotFound, Ct);
    }

    [Fact]
    public async Task PlanEditor_OnAnotherProductionsShot_IsNotFoundForAMember()
    {
        using var admin = server.Client(server.AdminToken);
        var production = await server.ImportScriptAsync("Plan API scope " + Guid.NewGuid().ToString("N")[..6], "diner.fountain", Script, Ct);
        var shot = (await ShotsAsync(admin, production))[0];
        var member = await server.Services.GetRequiredService<TokenService>()
            .CreateAsync($"member-{Guid.NewGuid():N}", "member", [server.OtherProductionId], Ct);
        using var client = server.Client(member.Token);

        using var response = await client.PatchAsJsonAsync($"/api/shots/{shot.Id}", new ShotChanges(Description: "not mine"), Ct);

        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound, Ct);
    }

    private static async Task<List<ShotView>> ShotsAsync(HttpClient admin, Guid production, bool omitted = false) =>
        (await admin.GetFromJsonAsync<List<ShotView>>($"/api/productions/{production}/shots?omitted={omitted}", Ct))!;
}
