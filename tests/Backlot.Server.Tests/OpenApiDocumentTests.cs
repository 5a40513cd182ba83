using System.Text.Json;
using Backlot.Server.Tests.Support;

namespace Backlot.Server.Tests;

public sealed class OpenApiDocumentTests(StudioServer server)
{
    [Fact]
    public async Task Document_ListsTheProductionsRoutes()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = server.Client();

        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json", ct));

        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/productions", paths);
        Assert.Contains("/api/productions/{id}/shots", paths);
        Assert.Contains("/api/takes/{id}/reviews", paths);
    }
}
