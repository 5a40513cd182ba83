using Microsoft.Playwright;

namespace Backlot.Server.Tests.Support;

/// <summary>Debian's Chromium, driven by Playwright; Playwright never downloads a browser of its own here.</summary>
internal static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    /// <summary>Skips the test where Chromium is not installed, but fails it on CI, where the test script must install it.</summary>
    public static void Require()
    {
        if (File.Exists(ExecutablePath))
            return;
        if (Environment.GetEnvironmentVariable("CI") == "true")
            Assert.Fail($"{ExecutablePath} is missing: the test script must install chromium (apt-get install -y --no-install-recommends chromium) before the browser tests run");
        Assert.Skip($"{ExecutablePath} is missing; install Debian's chromium (apt-get install chromium) to run the browser tests");
    }

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        ArgumentNullException.ThrowIfNull(playwright);
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ExecutablePath, Headless = true, Args = Args });
    }
}
