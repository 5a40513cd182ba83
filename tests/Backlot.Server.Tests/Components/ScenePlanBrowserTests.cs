using System.Net.Http.Json;
using Backlot.Server.Tests.Support;
using Backlot.Studio.Queries;
using Microsoft.Playwright;

namespace Backlot.Server.Tests.Components;

/// <summary>The shot plan editor in a real browser: change a shot, lock a knob, reorder, add a shot.</summary>
[Collection("Browser")]
public sealed class ScenePlanBrowserTests(StudioServer server)
{
    private const string Script = """
        INT. DINER - NIGHT

        Rain on the glass. NORA slides into a booth. The WAITRESS pours coffee without asking.

        NORA
        You remember me?

        CAL
        Every Tuesday for a year.

        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PlanPage_EditLockMoveAndAdd_ReachTheApi()
    {
        Chromium.Require();
        using var admin = server.Client(server.AdminToken);
        var name = "Plan page " + Guid.NewGuid().ToString("N")[..6];
        var production = await server.ImportScriptAsync(name, "diner.fountain", Script, Ct);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.BaseAddress.ToString() });
        context.SetDefaultTimeout(20_000);
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
            await page.ClickAsync("a.plan-link");
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/productions/{production}/scenes/1/plan");
            await page.Locator("#plan tr[data-shot='1C']").WaitForAsync();

            var row = page.Locator("#plan tr[data-shot='1C']");
            await row.Locator("select[data-field='size']").SelectOptionAsync("CU");
            await row.Locator("button.save:not([disabled])").ClickAsync();
            await page.Locator("#plan-message", new() { HasText = "Shot 1C saved." }).WaitForAsync();

            await page.Locator("#plan tr[data-shot='1D'] button.lock[data-lock='lens']").ClickAsync();
            await page.Locator("#plan tr[data-shot='1D'] button.lock.on[data-lock='lens']").WaitForAsync();

            await page.Locator("#plan tr[data-shot='1D'] button.up").ClickAsync();
            await page.Locator("#plan tbody tr:nth-child(3)[data-shot='1D']").WaitForAsync();

            await page.Locator("#add-shot select[data-field='framing']").SelectOptionAsync("insert");
            await page.FillAsync("#add-shot input[data-field='description']", "The coffee pot");
            await page.ClickAsync("#add-shot button[type='submit']");
            await page.Locator("#plan tr[data-shot='1F']").WaitForAsync();
        }
        catch
        {
            TestContext.Current.AddAttachment("plan-page-failure.png", await page.ScreenshotAsync(new() { FullPage = true }), "image/png");
            throw;
        }

        var shots = (await admin.GetFromJsonAsync<List<ShotView>>($"/api/productions/{production}/shots", Ct))!;
        Assert.Equal(["1A", "1B", "1D", "1C", "1E", "1F"], shots.OrderBy(s => s.Ordinal).Select(s => s.Code));
        Assert.Equal(("CU", true), (shots.Single(s => s.Code == "1C").Size, shots.Single(s => s.Code == "1C").Edited));
        Assert.True(shots.Single(s => s.Code == "1D").Sheet["lens"].Locked);
        Assert.Equal(("insert", "The coffee pot"), (shots.Single(s => s.Code == "1F").Framing, shots.Single(s => s.Code == "1F").Description));
    }
}
