using System.Diagnostics;
using Backlot.Studio.Auth;
using Backlot.Studio.Exports;
using Backlot.Studio.Renders;
using Backlot.Studio.Tests.Support;

namespace Backlot.Studio.Tests.Exports;

/// <summary>The sample's storyboard PDF, read by poppler (Debian poppler-utils), an independent PDF reader.</summary>
public sealed class StoryboardExportTests
{
    private static CancellationToken Ct => StudioHarness.Ct;

    [Fact]
    public async Task StoryboardPdf_OfTheSample_RendersWithPdftoppm_AndItsTextHoldsEveryShotNumber()
    {
        if (!File.Exists("/usr/bin/pdftotext") || !File.Exists("/usr/bin/pdftoppm"))
        {
            if (Environment.GetEnvironmentVariable("CI") == "true")
                Assert.Fail("pdftotext/pdftoppm are missing: the test script must install poppler-utils");
            Assert.Skip("poppler-utils is not installed");
        }

        await using var studio = StudioHarness.Create();
        var import = await studio.ImportSmallSampleAsync();
        await studio.RenderAsync(new RenderSelection(import.ProductionId.ToString()));
        var result = await studio.Get<ExportService>().ExportAsync(AccessScope.Local, ExportFormat.Pdf, null, null, Ct);
        var pdf = Path.Combine(studio.Root, result.Main.Path);
        await File.WriteAllBytesAsync(pdf, result.Main.Content, Ct);

        var text = await RunAsync("/usr/bin/pdftotext", "-layout", pdf, "-");
        await RunAsync("/usr/bin/pdftoppm", "-r", "30", "-png", pdf, Path.Combine(studio.Root, "page"));

        var animatic = await studio.Get<AnimaticBuilder>().LoadAsync(AccessScope.Local, null, null, Ct);
        Assert.Equal(import.ShotsPlanned, animatic.Shots.Count);
        Assert.All(animatic.Shots, s => Assert.Contains(s.Shot.Code, text, StringComparison.Ordinal));
        Assert.Contains("THE LAST REEL", text, StringComparison.Ordinal);
        var pages = Directory.GetFiles(studio.Root, "page-*.png");
        Assert.Equal((import.ShotsPlanned + 5) / 6, pages.Length);
    }

    private static async Task<string> RunAsync(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
            start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(Ct);
        var error = process.StandardError.ReadToEndAsync(Ct);
        await process.WaitForExitAsync(Ct);
        Assert.True(process.ExitCode == 0, $"{tool} exited {process.ExitCode}: {await error}");
        return await output;
    }
}
