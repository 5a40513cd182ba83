using System.Net;
using System.Net.Http.Json;
using Backlot.Server.Tests.Support;
using Backlot.Studio.Queries;
using Microsoft.Playwright;

namespace Backlot.Server.Tests.Components;

/// <summary>
/// A producer opens a take's content credentials on its shot page: Trusted, training and mining refused, nothing has left;
/// after the frame is downloaded with a token, reopening the panel shows the export.
/// </summary>
[Collection("Browser")]
public sealed class TakeCredentialsBrowserTests(StudioServer server)
{
    private const string Script = """
        INT. LIGHTHOUSE - NIGHT

        IRIS
        The lamp is out.

        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ShotPage_CredentialsPanel_ShowsTrustedAndTheRefusal_ThenTheExportAfterADownload()
    {
        Chromium.Require();
        using var admin = server.Client(server.AdminToken);
        var production = await server.ImportScriptAsync("Credentials test " + Guid.NewGuid().ToString("N")[..6], "lighthouse.fountain", Script, Ct);
        var shot = (await admin.GetFromJsonAsync<List<ShotView>>($"/api/productions/{production}/shots", Ct))![0];
        using (var render = await admin.PostAsJsonAsync($"/api/shots/{shot.Id}/renders", new { }, Ct))
            Assert.Equal(HttpStatusCode.Accepted, render.StatusCode);
        var take = await WaitForTakeAsync(admin, shot.Id);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.BaseAddress.ToString() });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        try
        {
            await page.GotoAsync("/login");
            await page.FillAsync("#token", server.AdminToken);
            await page.ClickAsync("#sign-in");
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/", new() { WaitUntil = WaitUntilState.Commit });
            var circuit = BlazorCircuit.Watch(page);
            await page.GotoAsync($"/shots/{shot.Id}");
            await circuit.WaitUntilInteractiveAsync(TimeSpan.FromSeconds(20), Ct);

            var panel = page.Locator($"article.take[data-take='{take.Number}'] details.credentials");
            await panel.Locator("summary").ClickAsync();
            await panel.Locator(".credentials-body[data-loaded='1'] .badge[data-state='Trusted']").WaitForAsync();
            await panel.Locator(".cred-training li[data-entry='cawg.ai_training']", new() { HasText = "AI training: not allowed" }).WaitForAsync();
            await panel.Locator(".cred-training li[data-entry='cawg.data_mining']", new() { HasText = "Data mining: not allowed" }).WaitForAsync();
            await panel.Locator(".empty-trail").WaitForAsync();

            using (var frame = await admin.GetAsync($"/api/takes/{take.Id}/frame", Ct))
                Assert.Equal(HttpStatusCode.OK, frame.StatusCode);

            await panel.Locator("summary").ClickAsync();
            await panel.Locator("summary").ClickAsync();
            var exported = panel.Locator("table.audit-trail tr[data-action='export.frame']");
            await exported.WaitForAsync();
            var row = await exported.InnerTextAsync();
            Assert.Contains($"exported as PNG ({shot.Code}_t{take.Number}.png)", row, StringComparison.Ordinal);
            Assert.Contains("local admin", row, StringComparison.Ordinal);
        }
        catch
        {
            TestContext.Current.AddAttachment("take-credentials-failure.png", await page.ScreenshotAsync(new() { FullPage = true }), "image/png");
            throw;
        }
    }

    private static async Task<TakeView> WaitForTakeAsync(HttpClient admin, Guid shot)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var takes = (await admin.GetFromJsonAsync<List<TakeView>>($"/api/shots/{shot}/takes", Ct))!;
            if (takes.FirstOrDefault() is { Status: "Completed" } done)
                return done;
            Assert.True(DateTime.UtcNow < deadline, $"the take of shot {shot} did not complete: {string.Join(", ", takes.Select(t => $"{t.Number} {t.Status} {t.Error}"))}");
            await Task.Delay(250, Ct);
        }
    }
}
