using System.Security.Cryptography;
using System.Text.Json;
using Backlot.Cli.Tests.Support;
using Backlot.Tests.Shared;

namespace Backlot.Cli.Tests.Provenance;

/// <summary>`backlot verify` on the frames `backlot export frames` writes and on other people's files: it agrees with c2pa-rs.</summary>
public sealed class VerifyCommandTests(SignedFrames frames) : IClassFixture<SignedFrames>
{
    /// <summary>Every file of the shared C2PA corpus (images, and the keys and certificates beside them).</summary>
    public static TheoryData<string> CorpusFiles()
    {
        var folder = C2paOracle.Shared("corpus", "c2pa");
        return Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)]
            : ["missing-corpus"];
    }

    [Fact]
    public void Export_WritesOneSignedPngPerShot_NamedShotAndTake()
    {
        Assert.True(frames.Files.Count >= 15, $"{frames.Files.Count} frames");
        Assert.All(frames.Files, f => Assert.Matches(@"^[0-9A-Z]+_t[0-9]+\.png$", Path.GetFileName(f)));
        using var json = JsonDocument.Parse(frames.Export.Stdout);
        Assert.Equal("frames", json.RootElement.GetProperty("format").GetString());
    }

    [Fact]
    public async Task ExportedFrames_AreValid_AndTrustedUnderTheProductionRoot_ForUsAndForC2paRs()
    {
        foreach (var file in frames.Files)
        {
            var theirs = await C2paOracle.Verify(file);
            var theirsTrusted = await C2paOracle.Verify(file, frames.RootPem);
            var ours = await VerifyAsync(file);
            var oursTrusted = await VerifyAsync(file, frames.RootPem);

            Assert.True(theirs.State == "Valid", theirs.Output);
            Assert.True(theirsTrusted.State == "Trusted", theirsTrusted.Output);
            Assert.Equal((theirs.State, Codes(theirs.Failures)), (ours.State, ours.Failures));
            Assert.Equal((theirsTrusted.State, Codes(theirsTrusted.Failures)), (oursTrusted.State, oursTrusted.Failures));
        }
    }

    [Fact]
    public async Task ExportedFrame_WithOneByteChanged_IsInvalid_ForUsAndForC2paRs()
    {
        var bytes = await File.ReadAllBytesAsync(frames.Files[0], TestContext.Current.CancellationToken);
        bytes[^40] ^= 0x01; // inside the image data, before IEND
        var changed = frames.Data.File("changed.png");
        await File.WriteAllBytesAsync(changed, bytes, TestContext.Current.CancellationToken);

        var theirs = await C2paOracle.Verify(changed, frames.RootPem);
        var ours = await VerifyAsync(changed, frames.RootPem);

        Assert.True(theirs.State == "Invalid", theirs.Output);
        Assert.Equal("Invalid", ours.State);
        Assert.Equal(1, ours.ExitCode);
        Assert.Equal(Codes(theirs.Failures), ours.Failures);
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public async Task Corpus_OurVerdictEqualsC2paRs(string name)
    {
        var path = C2paOracle.Corpus(name);
        foreach (var trust in new string?[] { null, C2paOracle.Corpus("trust-list.pem") })
        {
            var theirs = await C2paOracle.Verify(path, trust);
            var ours = await VerifyAsync(path, trust);

            Assert.True(theirs.State == ours.State, $"{name} trust={trust is not null}: c2pa-rs {theirs.State}, backlot {ours.State}\n{theirs.Output}");
            Assert.Equal(Codes(theirs.Failures), ours.Failures);
            Assert.Equal(ours.State == "Invalid" ? 1 : 0, ours.ExitCode);
        }
    }

    [Fact]
    public async Task Verify_PrintsTheManifestSummary()
    {
        var result = await frames.Data.RunAsync("verify", frames.Files[0], "--trust", frames.RootPem);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("by Backlot", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("c2pa.created [AlgorithmicMedia]", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("cawg.ai_training: notAllowed", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("take: THE LAST REEL shot", result.Stdout, StringComparison.Ordinal);
        Assert.EndsWith("state=Trusted  failures=", result.Stdout.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_RecordsEveryFrameInTheAuditLog_WithTheFilesHash()
    {
        var result = await frames.Data.RunAsync("audit", "list", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var exported = json.RootElement.GetProperty("entries").EnumerateArray()
            .Where(e => e.GetProperty("action").GetString() == "export.frame")
            .SelectMany(e => e.GetProperty("assetSha256s").EnumerateArray().Select(h => h.GetString()))
            .ToHashSet();
        foreach (var file in frames.Files)
            Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken))), exported);
    }

    [Fact]
    public async Task ExportJpeg_WritesSignedJpegs_ValidForUsAndForC2paRs()
    {
        var folder = frames.Data.File("jpeg");
        var result = await frames.Data.RunAsync("export", "frames", "--jpeg", "-o", folder);

        Assert.True(result.ExitCode == 0, result.ToString());
        var files = Directory.GetFiles(folder);
        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.EndsWith(".jpg", f, StringComparison.Ordinal));
        var (state, _, exit) = await VerifyAsync(files[0], frames.RootPem);
        Assert.Equal(("Trusted", 0), (state, exit));
        var oracle = await C2paOracle.Verify(files[0], frames.RootPem);
        Assert.Equal("Trusted", oracle.State);
    }

    private static async Task<(string State, string Failures, int ExitCode)> VerifyAsync(string file, string? trust = null)
    {
        string[] args = trust is null ? ["verify", file, "--json"] : ["verify", file, "--trust", trust, "--json"];
        var result = await BacklotProcess.RunAsync(args);
        using var json = JsonDocument.Parse(result.Stdout);
        var codes = json.RootElement.GetProperty("failures").EnumerateArray().Select(f => f.GetProperty("code").GetString()!);
        return (json.RootElement.GetProperty("state").GetString()!, Codes(string.Join(',', codes)), result.ExitCode);
    }

    private static string Codes(string failures) =>
        string.Join(',', failures.Split(',', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
}
