using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using Backlot.Data;
using Backlot.Domain.Sheets;
using Backlot.Provenance.Audit;
using Backlot.Server.Tests.Support;
using Backlot.Studio.Audit;
using Backlot.Studio.Scripts;
using Backlot.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Backlot.Server.Tests.Features.Policy;

public sealed class PolicyApiTests(StudioServer server)
{
    private const string Script = """
        Title: Cold Open

        INT. VAULT - NIGHT

        IDA counts the boxes.
        """;

    [Fact]
    public async Task Render_OnAHostedEngineThatMayTrain_ForAnOnPremisesOnlyProduction_IsForbidden_AndAudited()
    {
        var ct = TestContext.Current.CancellationToken;
        using var admin = server.Client(server.AdminToken);
        var production = await NewProductionAsync(ct);
        using var set = await admin.PutAsJsonAsync($"/api/productions/{production}/policy", new { allow = new[] { "onprem" } }, ct);
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        await UseEngineAsync(production, HostedTrainingEngine.Id, ct);

        using var render = await admin.PostAsJsonAsync($"/api/productions/{production}/renders", new { }, ct);

        var detail = await Problems.AssertProblemAsync(render, HttpStatusCode.Forbidden, ct);
        Assert.Contains("may-train", detail, StringComparison.Ordinal);
        var log = await server.Services.GetRequiredService<AuditService>().ListAsync(production, cancellationToken: ct);
        var refusal = Assert.Single(log, e => e.Action == AuditActions.EngineRefused);
        Assert.Equal(HostedTrainingEngine.Id, refusal.EngineId);
        Assert.Contains(log, e => e.Action == AuditActions.PolicyChanged);
    }

    [Fact]
    public async Task Policy_ShowsWhatIsAllowed_AndWhichEnginesThatLetsThrough()
    {
        var ct = TestContext.Current.CancellationToken;
        using var admin = server.Client(server.AdminToken);
        var production = await NewProductionAsync(ct);

        using var json = await admin.GetFromJsonAsync<JsonDocument>($"/api/productions/{production}/policy", ct);

        Assert.Equal(["onprem", "zero-retention"], json!.RootElement.GetProperty("allowed").EnumerateArray().Select(a => a.GetString()));
        var engines = json.RootElement.GetProperty("engines").EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("allowed").GetBoolean());
        Assert.True(engines["previs"]);
        Assert.False(engines[HostedTrainingEngine.Id]);
    }

    [Fact]
    public async Task SetPolicy_WithAnUnknownWord_IsBadRequest()
    {
        var ct = TestContext.Current.CancellationToken;
        using var admin = server.Client(server.AdminToken);

        using var response = await admin.PutAsJsonAsync($"/api/productions/{server.SampleProductionId}/policy", new { allow = new[] { "cloud" } }, ct);

        Assert.Contains("'cloud' is not a data handling", await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest, ct), StringComparison.Ordinal);
    }

    private async Task<Guid> NewProductionAsync(CancellationToken ct)
    {
        var name = "Policy " + Guid.NewGuid().ToString("N")[..8];
        var import = await server.Services.GetRequiredService<ScriptImporter>().ImportAsync("cold-open.fountain", System.Text.Encoding.UTF8.GetBytes(Script), name, null, ct);
        return import.ProductionId;
    }

    private async Task UseEngineAsync(Guid production, string engine, CancellationToken ct)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<BacklotDbContext>>().CreateDbContextAsync(ct);
        var row = await db.Productions.SingleAsync(p => p.Id == production, ct);
        row.Sheet = row.Sheet.Set(KnobNames.Engine, engine);
        await db.SaveChangesAsync(ct);
    }
}
