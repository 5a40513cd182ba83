using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Backlot.Server.Tests.Support;
using Backlot.Studio.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace Backlot.Server.Tests.Features.Exports;

public sealed class ExportsApiTests(StudioServer server)
{
    [Fact]
    public async Task Get_Pdf_IsTheStoryboardPdf()
    {
        var ct = TestContext.Current.CancellationToken;
        using var admin = server.Client(server.AdminToken);

        using var response = await admin.GetAsync($"/api/productions/{server.SampleProductionId}/exports/pdf", ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("%PDF-"u8.ToArray(), (await response.Content.ReadAsByteArrayAsync(ct))[..5]);
    }

    [Fact]
    public async Task Get_Otio_IsAZipOfTheTimelineAndAFramePerShot()
    {
        var ct = TestContext.Current.CancellationToken;
        var shots = await server.SampleShotsAsync(ct);
        using var admin = server.Client(server.AdminToken);

        using var response = await admin.GetAsync($"/api/productions/{server.SampleProductionId}/exports/otio", ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        await using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(ct), ZipArchiveMode.Read);
        Assert.Equal(
            shots.Select(s => $"frames/{s.SceneNumber}-{s.Code}.png").Prepend("the-last-reel.otio"),
            zip.Entries.Select(e => e.FullName));
        using var timeline = JsonDocument.Parse(zip.GetEntry("the-last-reel.otio")!.Open());
        Assert.Equal("Timeline.1", timeline.RootElement.GetProperty("OTIO_SCHEMA").GetString());
    }

    [Fact]
    public async Task Get_UnknownFormat_IsBadRequestNamingTheFormats()
    {
        var ct = TestContext.Current.CancellationToken;
        using var admin = server.Client(server.AdminToken);

        using var response = await admin.GetAsync($"/api/productions/{server.SampleProductionId}/exports/nonsense", ct);

        var detail = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest, ct);
        foreach (var format in new[] { "nonsense", "otio", "edl", "xmeml", "fcpxml", "pdf", "contact", "csv", "breakdown", "exr" })
            Assert.Contains(format, detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Export_WithoutToken_IsUnauthorized()
    {
        var ct = TestContext.Current.CancellationToken;
        using var anonymous = server.Client();

        using var response = await anonymous.GetAsync($"/api/productions/{server.SampleProductionId}/exports/pdf", ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Get_Export_ForAMemberOfAnotherProduction_IsNotFound()
    {
        var ct = TestContext.Current.CancellationToken;
        var token = await server.Services.GetRequiredService<TokenService>()
            .CreateAsync($"member-{Guid.NewGuid():N}", "member", [server.OtherProductionId], ct);
        using var member = server.Client(token.Token);

        using var response = await member.GetAsync($"/api/productions/{server.SampleProductionId}/exports/otio", ct);

        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound, ct);
    }

    [Fact]
    public async Task Inspect_OfACorpusOtio_ShowsItsTracks()
    {
        var ct = TestContext.Current.CancellationToken;
        var path = CorpusFiles.Otio("multitrack.otio");
        var bytes = await File.ReadAllBytesAsync(path, ct);
        using var raw = JsonDocument.Parse(bytes);
        using var admin = server.Client(server.AdminToken);

        using var response = await admin.PostAsync("/api/inspect", Upload("multitrack.otio", bytes), ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var summary = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        Assert.Equal("otio", summary.RootElement.GetProperty("format").GetString());
        var rawTracks = raw.RootElement.GetProperty("tracks").GetProperty("children").EnumerateArray().ToList();
        var tracks = summary.RootElement.GetProperty("tracks").EnumerateArray().ToList();
        Assert.Equal(rawTracks.Count, tracks.Count);
        foreach (var (rawTrack, track) in rawTracks.Zip(tracks))
        {
            var rawClips = rawTrack.GetProperty("children").EnumerateArray()
                .Where(c => c.GetProperty("OTIO_SCHEMA").GetString()!.StartsWith("Clip.", StringComparison.Ordinal))
                .Select(c => c.GetProperty("name").GetString());
            Assert.Equal(rawClips, track.GetProperty("clips").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        }
    }

    [Fact]
    public async Task PostCut_WithTwoDurationsChanged_ReportsExactlyThose()
    {
        var ct = TestContext.Current.CancellationToken;
        var before = await server.SampleShotsAsync(ct);
        // Shots whose planned seconds are whole frames at 24 fps, so importing the untouched export restores them exactly.
        var changed = before.Where(s => Math.Abs((s.EstimatedSeconds * 24) - Math.Round(s.EstimatedSeconds * 24)) < 1e-9)
            .Select(s => s.Code).Take(2).ToList();
        Assert.Equal(2, changed.Count);
        using var admin = server.Client(server.AdminToken);
        var original = await ExportedOtioAsync(admin, ct);
        var edited = JsonNode.Parse(original)!;
        foreach (var clip in edited["tracks"]!["children"]![0]!["children"]!.AsArray().Where(c => changed.Contains(c!["name"]!.GetValue<string>())))
            clip!["source_range"]!["duration"]!["value"] = clip["source_range"]!["duration"]!["value"]!.GetValue<double>() + 12;

        try
        {
            var report = await PostCutAsync(admin, edited.ToJsonString(), ct);

            Assert.Equal(changed.Order(StringComparer.Ordinal), report.DurationsChanged.Order(StringComparer.Ordinal));
            Assert.Empty(report.Reordered);
            Assert.Empty(report.UnmatchedClips);
            Assert.Equal(before.Count, report.Matched);
            var during = await server.SampleShotsAsync(ct);
            Assert.All(during.Where(s => changed.Contains(s.Code)), s =>
                Assert.Equal(before.Single(b => b.Id == s.Id).EstimatedSeconds + 0.5, s.EstimatedSeconds, 0.0005));
        }
        finally
        {
            // Other tests share the sample: the untouched export puts the two durations back.
            var restored = await PostCutAsync(admin, original, ct);
            Assert.Equal(changed.Order(StringComparer.Ordinal), restored.DurationsChanged.Order(StringComparer.Ordinal));
        }

        // The shots an editor's cut touched stay marked as edited by a person; everything else is as it was.
        var after = await server.SampleShotsAsync(ct);
        Assert.All(after.Where(s => changed.Contains(s.Code)), s => Assert.True(s.Edited));
        Assert.Equal(
            JsonSerializer.Serialize(before.Select(s => s with { Edited = false })),
            JsonSerializer.Serialize(after.Select(s => s with { Edited = false })));
    }

    [Fact]
    public async Task PostCut_OfAMalformedOtio_IsBadRequestNamingTheLineAndChangesNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        var before = await server.SampleShotsAsync(ct);
        using var admin = server.Client(server.AdminToken);
        var broken = "{\n  \"OTIO_SCHEMA\": \"Timeline.1\",\n  \"name\": \"cut\",\n  \"tracks\": [1, 2,\n}\n";

        using var response = await admin.PostAsync(
            $"/api/productions/{server.SampleProductionId}/cuts", Upload("editors-cut.otio", Encoding.UTF8.GetBytes(broken)), ct);

        var detail = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest, ct);
        Assert.Contains("editors-cut.otio", detail, StringComparison.Ordinal);
        Assert.Contains("line 5", detail, StringComparison.Ordinal);
        Assert.Equal(JsonSerializer.Serialize(before), JsonSerializer.Serialize(await server.SampleShotsAsync(ct)));
    }

    private async Task<string> ExportedOtioAsync(HttpClient admin, CancellationToken ct)
    {
        using var response = await admin.GetAsync($"/api/productions/{server.SampleProductionId}/exports/otio", ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(ct), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".otio", StringComparison.Ordinal)).Open());
        return await reader.ReadToEndAsync(ct);
    }

    private async Task<CutReport> PostCutAsync(HttpClient admin, string otio, CancellationToken ct)
    {
        using var response = await admin.PostAsync(
            $"/api/productions/{server.SampleProductionId}/cuts", Upload("editors-cut.otio", Encoding.UTF8.GetBytes(otio)), ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(ct));
        return (await response.Content.ReadFromJsonAsync<CutReport>(ct))!;
    }

    private static MultipartFormDataContent Upload(string fileName, byte[] bytes)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    /// <summary>The cut import report as the API returns it (read here without sharing the server's type).</summary>
    private sealed record CutReport(
        Guid ProductionId, int ClipsInCut, int Matched, List<string> Reordered, List<string> DurationsChanged,
        List<string> UnmatchedClips, List<string> ShotsNotInCut);
}
