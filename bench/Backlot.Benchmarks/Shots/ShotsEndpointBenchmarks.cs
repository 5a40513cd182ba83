using System.Diagnostics;
using System.Net.Http.Headers;
using Backlot.Server;
using Backlot.Studio;
using Backlot.Studio.Auth;
using Backlot.Studio.Demo;
using Backlot.Studio.Renders;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Perfolizer.Mathematics.OutlierDetection;

namespace Backlot.Benchmarks.Shots;

/// <summary>
/// GET /api/productions/{id}/shots against a real server on 127.0.0.1 (Kestrel, SQLite, bearer-token auth),
/// over the rendered sample production. The client shares the process and the cores with the server.
/// The job is fixed so that each run makes at least 10,000 measured requests: 48 iterations × 256 calls.
/// </summary>
[Outliers(OutlierMode.DontRemove)]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 8, iterationCount: Iterations, invocationCount: Invocations)]
public class ShotsEndpointBenchmarks
{
    private const int Iterations = 48;
    private const int Invocations = 256;

    private string dataDirectory = "";
    private WebApplication? app;
    private HttpClient? client;
    private string path = "";
    private LatencyRecorder recorder = new(0);

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        dataDirectory = Path.Combine(Path.GetTempPath(), "backlot-bench-" + Guid.NewGuid().ToString("N"));
        var options = StudioOptions.Resolve(dataDirectory, _ => null);
        // No job server in the background: only the endpoint runs while we measure.
        app = BacklotServer.Build(options, new ServerSettings { Urls = "http://127.0.0.1:0", RunWorker = false });

        var (_, plan) = await app.Services.GetRequiredService<DemoRunner>().PrepareAsync();
        var states = await app.Services.GetRequiredService<RenderRunner>().RunAsync(plan);
        if (states.Any(s => s.Status != Domain.Takes.TakeStatus.Completed))
            throw new InvalidOperationException("the sample production did not render completely");
        var (token, _) = await app.Services.GetRequiredService<TokenService>().EnsureAdminTokenAsync();

        await app.StartAsync();
        var address = new Uri(app.Urls.Single());
        if (!address.IsLoopback)
            throw new InvalidOperationException($"the server must listen on loopback only, not {address}");
        client = new HttpClient { BaseAddress = address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        path = $"/api/productions/{plan.ProductionId}/shots";

        // Fail here, not with a table of 401s, when the setup is wrong.
        using var first = await client.GetAsync(new Uri(path, UriKind.Relative));
        first.EnsureSuccessStatusCode();
        recorder = new LatencyRecorder((Iterations + 64) * Invocations);
    }

    [Benchmark(Description = "GET /api/productions/{id}/shots")]
    public async Task<int> GetShots()
    {
        var start = Stopwatch.GetTimestamp();
        using var response = await client!.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsByteArrayAsync();
        recorder.Record(start);
        return body.Length;
    }

    [GlobalCleanup]
    public async Task CleanUpAsync()
    {
        // Warm-up and pilot calls are in these figures too; see docs/benchmarks.md.
        Console.WriteLine($"// shots per-request latency (client side, all calls): {recorder.Describe()}");
        client?.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        if (Directory.Exists(dataDirectory))
            Directory.Delete(dataDirectory, recursive: true);
    }
}
