using System.Net.Http.Json;
using System.Text.Json;
using Backlot.Server.Tests.Support;
using Backlot.Studio.Queries;
using Microsoft.Playwright;

namespace Backlot.Server.Tests.Components;

/// <summary>The web studio in a real browser: sign in, look at the storyboard, approve a take.</summary>
[Collection("Browser")]
public sealed class StudioBrowserTests(StudioServer server)
{
    private const int MinimumThumbnails = 15;

    // Scrolls lazy thumbnails into view and counts those that decoded; a broken one is complete with no width.
    private const string CountThumbnails = """
        () => {
            const imgs = [...document.querySelectorAll('img.thumb')];
            const pending = imgs.find(i => !i.complete);
            if (pending) pending.scrollIntoView({ block: 'center' });
            return {
                total: imgs.length,
                loaded: imgs.filter(i => i.complete && i.naturalWidth > 0).length,
                broken: imgs.filter(i => i.complete && i.naturalWidth === 0).map(i => i.getAttribute('src')),
            };
        }
        """;

    [Fact]
    public async Task Studio_SignInAndApproveATake_RecordsTheApprovalForTheApi()
    {
        Chromium.Require();
        var ct = TestContext.Current.CancellationToken;
        using var admin = server.Client(server.AdminToken);
        var production = Assert.Single(
            (await admin.GetFromJsonAsync<List<ProductionView>>("/api/productions", ct))!, p => p.Id == server.SampleProductionId);
        var shot = (await server.SampleShotsAsync(ct))[^1];
        var take = shot.Latest!;

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
        });
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        var circuit = BlazorCircuit.Watch(page);
        var screenshots = new Dictionary<string, byte[]>();
        try
        {
            await page.GotoAsync("/");
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/login");
            await page.FillAsync("#token", server.AdminToken);
            await page.ClickAsync("#sign-in");
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/", new() { WaitUntil = WaitUntilState.Commit });
            await circuit.WaitUntilInteractiveAsync(TimeSpan.FromSeconds(20), ct);

            await page.GetByRole(AriaRole.Link, new() { Name = production.Name }).ClickAsync();
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/productions/{production.Id}");
            var thumbnails = await WaitForThumbnailsAsync(page, ct);
            screenshots["storyboard"] = await page.ScreenshotAsync(new() { FullPage = true });
            Assert.True(thumbnails.Broken.Count == 0, $"broken thumbnails: {string.Join(", ", thumbnails.Broken)}");

            await page.ClickAsync($"a.panel[data-shot='{shot.Code}']");
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/shots/{shot.Id}");
            var article = page.Locator($"article.take[data-take='{take.Number}']");
            await article.Locator("img.frame").WaitForAsync();
            await article.Locator("button.approve").ClickAsync();
            await article.Locator("li.review-approve").WaitForAsync();
            await article.Locator(".selected-mark").WaitForAsync();
            screenshots["shot"] = await page.ScreenshotAsync(new() { FullPage = true });

            var reviewed = await admin.GetFromJsonAsync<TakeView>($"/api/takes/{take.Id}", ct);
            Assert.Contains(reviewed!.Reviews, r => r.Kind == "Approve");
            var after = await admin.GetFromJsonAsync<ShotView>($"/api/shots/{shot.Id}", ct);
            Assert.Equal("approved", after!.Review);
            Assert.Equal(take.Id, after.SelectedTakeId);
        }
        catch
        {
            try
            {
                screenshots["failure"] = await page.ScreenshotAsync(new() { FullPage = true });
            }
            catch (PlaywrightException)
            {
                // the page is gone; keep what was captured before
            }

            Save(screenshots, Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots"), attach: true);
            throw;
        }

        // Kept where a person can look at them after a passing run.
        Save(screenshots, Path.GetTempPath(), attach: false);
    }

    private static async Task<Thumbnails> WaitForThumbnailsAsync(IPage page, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var json = await page.EvaluateAsync<JsonElement>(CountThumbnails);
            var count = new Thumbnails(
                json.GetProperty("total").GetInt32(),
                json.GetProperty("loaded").GetInt32(),
                [.. json.GetProperty("broken").EnumerateArray().Select(b => b.GetString() ?? "")]);
            var settled = count.Loaded + count.Broken.Count == count.Total;
            if (count.Total >= MinimumThumbnails && settled)
            {
                Assert.True(count.Loaded >= MinimumThumbnails, $"{count.Loaded} of {count.Total} thumbnails loaded");
                return count;
            }

            Assert.True(DateTime.UtcNow < deadline, $"{count.Loaded} of {count.Total} thumbnails loaded after 30 s; {MinimumThumbnails} expected");
            await Task.Delay(200, cancellationToken);
        }
    }

    private static void Save(Dictionary<string, byte[]> screenshots, string folder, bool attach)
    {
        Directory.CreateDirectory(folder);
        foreach (var (name, png) in screenshots)
        {
            var path = Path.Combine(folder, $"backlot-studio-{name}.png");
            File.WriteAllBytes(path, png);
            if (attach)
                TestContext.Current.AddAttachment($"backlot-studio-{name}.png", png, "image/png");
            TestContext.Current.TestOutputHelper?.WriteLine($"screenshot: {path}");
        }
    }

    private sealed record Thumbnails(int Total, int Loaded, List<string> Broken);
}
