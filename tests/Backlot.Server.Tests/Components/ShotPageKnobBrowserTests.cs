using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Backlot.Server.Tests.Support;
using Backlot.Studio.Queries;
using Microsoft.Playwright;

namespace Backlot.Server.Tests.Components;

/// <summary>A director changes the lens on a shot page and renders: a new take, a different frame, the lens on its sheet.</summary>
[Collection("Browser")]
public sealed class ShotPageKnobBrowserTests(StudioServer server)
{
    private const string Script = """
        EXT. PIER - DUSK

        ODILE
        The boat is late.

        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ShotPage_ChangeLensAndRender_GivesANewTakeWithTheNewLens()
    {
        Chromium.Require();
        using var admin = server.Client(server.AdminToken);
        var name = "Lens test " + Guid.NewGuid().ToString("N")[..6];
        var production = await server.ImportScriptAsync(name, "pier.fountain", Script, Ct);
        var shot = (await admin.GetFromJsonAsync<List<ShotView>>($"/api/productions/{production}/shots", Ct))!.Single(s => s.Framing == "single");
        using (var first = await admin.PostAsJsonAsync($"/api/shots/{shot.Id}/renders", new { }, Ct))
            Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        var takeOne = await WaitForTakeAsync(admin, shot.Id, 1);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.BaseAddress.ToString() });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        var circuit = BlazorCircuit.Watch(page);
        try
        {
            await page.GotoAsync("/login");
            await page.FillAsync("#token", server.AdminToken);
            await page.ClickAsync("#sign-in");
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/", new() { WaitUntil = WaitUntilState.Commit });
            await circuit.WaitUntilInteractiveAsync(TimeSpan.FromSeconds(20), Ct);
            await page.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
            await page.ClickAsync($"a.panel[data-shot='{shot.Code}']");
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/shots/{shot.Id}");

            await page.ClickAsync("details.knobs summary");
            await page.FillAsync("input[data-knob='lens']", "85");
            await page.ClickAsync("#render:not([disabled])");
            var second = page.Locator("article.take[data-take='2']");
            await second.Locator("img.frame").WaitForAsync();
            await second.Locator("p.diff", new() { HasText = "lens" }).WaitForAsync();
        }
        catch
        {
            TestContext.Current.AddAttachment("shot-page-lens-failure.png", await page.ScreenshotAsync(new() { FullPage = true }), "image/png");
            throw;
        }

        var takeTwo = await WaitForTakeAsync(admin, shot.Id, 2);
        Assert.Equal(50.0, Number(takeOne.Sheet["lens"]));
        Assert.Equal(85.0, Number(takeTwo.Sheet["lens"]));
        Assert.NotEqual(Beauty(takeOne), Beauty(takeTwo));
    }

    private static string Beauty(TakeView take) => take.Outputs.Single(o => o.Role == "beauty").Sha256;

    private static double Number(object value) => value is JsonElement e ? e.GetDouble() : Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<TakeView> WaitForTakeAsync(HttpClient admin, Guid shot, int number)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var takes = (await admin.GetFromJsonAsync<List<TakeView>>($"/api/shots/{shot}/takes", Ct))!;
            if (takes.FirstOrDefault(t => t.Number == number) is { Status: "Completed" } done)
                return done;
            Assert.True(DateTime.UtcNow < deadline, $"take {number} of shot {shot} did not complete: {string.Join(", ", takes.Select(t => $"{t.Number} {t.Status} {t.Error}"))}");
            await Task.Delay(250, Ct);
        }
    }
}
