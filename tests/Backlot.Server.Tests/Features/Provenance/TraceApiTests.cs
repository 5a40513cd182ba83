using System.Net;
using System.Net.Http.Json;
using Backlot.Server.Tests.Support;
using Backlot.Studio.Signing;
using Microsoft.Extensions.DependencyInjection;

namespace Backlot.Server.Tests.Features.Provenance;

public sealed class TraceApiTests(StudioServer server)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Trace_OfADownloadedFrame_NamesItsShotAndTake()
    {
        using var admin = server.Client(server.AdminToken);
        var shot = (await server.SampleShotsAsync(Ct))[4];
        var frame = await admin.GetByteArrayAsync($"/api/takes/{shot.Latest!.Id}/frame", Ct);

        var result = await TraceAsync(admin, frame, "frame.png");

        Assert.True(result.Found, result.Verdict);
        Assert.Equal((shot.Code, shot.Latest.Number, shot.Latest.Id), (result.Shot, result.Take, result.TakeId));
    }

    [Fact]
    public async Task Trace_ForAMemberOfAnotherProduction_DoesNotNameTheTake()
    {
        using var admin = server.Client(server.AdminToken);
        var shot = (await server.SampleShotsAsync(Ct))[4];
        var frame = await admin.GetByteArrayAsync($"/api/takes/{shot.Latest!.Id}/frame", Ct);
        var member = await server.Services.GetRequiredService<Backlot.Studio.Auth.TokenService>()
            .CreateAsync($"member-{Guid.NewGuid():N}", "member", [server.OtherProductionId], Ct);
        using var client = server.Client(member.Token);

        var result = await TraceAsync(client, frame, "frame.png");

        Assert.False(result.Found);
        Assert.Null(result.TakeId);
        Assert.Null(result.Payload);
        Assert.Contains("that names a take you can see", result.Verdict, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trace_OfSomethingElse_IsABadRequestNamingIt()
    {
        using var admin = server.Client(server.AdminToken);
        using var form = new MultipartFormDataContent();
        using var file = new ByteArrayContent("hello"u8.ToArray());
        form.Add(file, "file", "hello.txt");

        using var response = await admin.PostAsync("/api/trace", form, Ct);

        Assert.Contains("hello.txt: not a PNG or JPEG image", await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest, Ct), StringComparison.Ordinal);
    }

    private static async Task<TraceResult> TraceAsync(HttpClient client, byte[] bytes, string name)
    {
        using var form = new MultipartFormDataContent();
        using var file = new ByteArrayContent(bytes);
        form.Add(file, "file", name);
        using var response = await client.PostAsync("/api/trace", form, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<TraceResult>(Ct))!;
    }
}
