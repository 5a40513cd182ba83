using System.Net;
using System.Net.Http.Json;
using Backlot.Server.Tests.Support;
using Backlot.Studio.Auth;
using Backlot.Studio.Signing;
using Microsoft.Extensions.DependencyInjection;

namespace Backlot.Server.Tests.Features.Takes;

public sealed class TakeCredentialsApiTests(StudioServer server)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Credentials_OfASampleTake_AreTrusted_AndRefuseTrainingAndMining()
    {
        var shot = (await server.SampleShotsAsync(Ct))[2];
        using var admin = server.Client(server.AdminToken);

        var view = await admin.GetFromJsonAsync<TakeCredentialsView>($"/api/takes/{shot.Latest!.Id}/credentials", Ct);

        var c = view!.Credentials!;
        Assert.Equal("Trusted", c.State);
        Assert.Contains("THE LAST REEL", c.SignerSubject, StringComparison.Ordinal);
        Assert.Equal($"{shot.Code}_t{shot.Latest.Number}.png", c.FileName);
        Assert.Equal(shot.Code, c.Take!.Shot);
        Assert.NotEmpty(c.Actions);
        Assert.All(c.Actions, a => Assert.StartsWith("http://cv.iptc.org/newscodes/digitalsourcetype/", a.SourceTypeUri, StringComparison.Ordinal));
        Assert.Equal(4, c.TrainingMining.Count);
        Assert.All(c.TrainingMining, t => Assert.Equal("notAllowed", t.Use));
    }

    [Fact]
    public async Task Credentials_AfterTheFrameIsDownloaded_ListTheExportFirst()
    {
        var shot = (await server.SampleShotsAsync(Ct))[2];
        using var admin = server.Client(server.AdminToken);
        var before = (await admin.GetFromJsonAsync<TakeCredentialsView>($"/api/takes/{shot.Latest!.Id}/credentials", Ct))!.Audit.Count;

        using (var frame = await admin.GetAsync($"/api/takes/{shot.Latest.Id}/frame", Ct))
            Assert.Equal(HttpStatusCode.OK, frame.StatusCode);
        var after = (await admin.GetFromJsonAsync<TakeCredentialsView>($"/api/takes/{shot.Latest.Id}/credentials", Ct))!;

        Assert.Equal(before + 1, after.Audit.Count);
        var newest = after.Audit[0];
        Assert.Equal("export.frame", newest.Action);
        Assert.Equal($"exported as PNG ({shot.Code}_t{shot.Latest.Number}.png)", newest.Summary);
        Assert.Equal("local admin", newest.Actor);
        Assert.Contains(shot.Latest.BeautySha256!, newest.AssetSha256s);
    }

    [Fact]
    public async Task Credentials_OfATakeTheTokenCannotSee_AreNotFound()
    {
        var shot = (await server.SampleShotsAsync(Ct))[2];
        var (token, _) = await server.Services.GetRequiredService<TokenService>()
            .CreateAsync($"member-{Guid.NewGuid():N}", "member", [server.OtherProductionId], Ct);
        using var member = server.Client(token);

        using var response = await member.GetAsync($"/api/takes/{shot.Latest!.Id}/credentials", Ct);

        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound, Ct);
    }
}
