using System.Net.Http.Headers;
using System.Net.Http.Json;
using Backlot.Domain.Takes;
using Backlot.Provenance.Keys;
using Backlot.Studio.Audit;
using Backlot.Studio.Auth;
using Backlot.Studio.Demo;
using Backlot.Studio.Queries;
using Backlot.Studio.Renders;
using Backlot.Studio.Scripts;
using Backlot.Studio;
using Backlot.Tests.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

[assembly: AssemblyFixture(typeof(Backlot.Server.Tests.Support.StudioServer))]

// One server for the whole assembly; tests share its productions, so they run one at a time.
[assembly: Xunit.v3.Parallelization(Mode = Xunit.Sdk.ParallelMode.None)]

namespace Backlot.Server.Tests.Support;

/// <summary>
/// The real server on Kestrel (a free port on 127.0.0.1) over a temporary data folder, with the sample
/// production imported and rendered by its in-process worker, and a second, tiny production beside it.
/// </summary>
public sealed class StudioServer : IAsyncLifetime
{
    public const string OtherProductionName = "Scope Test B";

    // A production a member token for the sample must never reach.
    private const string OtherScript = """
        Title: Locked Room

        INT. LOCKED ROOM - NIGHT

        MARA waits by the door.

        MARA
        Nobody else gets in.
        """;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"backlot-server-tests-{Guid.NewGuid():N}");
    private readonly MasterKey _masterKey = MasterKey.Generate();
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = default!;

    public string AdminToken { get; private set; } = "";

    public Guid SampleProductionId { get; private set; }

    public Guid OtherProductionId { get; private set; }

    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("the server is not started");

    public async ValueTask InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var ct = timeout.Token;
        var options = StudioOptions.Resolve(_folder, _ => null);
        _app = BacklotServer.Build(options, new ServerSettings { Urls = "http://127.0.0.1:0", RunWorker = true }, ConfigureServices);
        await _app.StartAsync(ct);
        var addresses = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        BaseAddress = new Uri(addresses.Addresses.Single());

        AdminToken = (await Services.GetRequiredService<TokenService>().EnsureAdminTokenAsync(ct)).Token;

        var (sample, samplePlan) = await Services.GetRequiredService<DemoRunner>().PrepareAsync(ct);
        SampleProductionId = sample.ProductionId;
        var other = await Services.GetRequiredService<ScriptImporter>().ImportAsync(
            "locked-room.fountain", System.Text.Encoding.UTF8.GetBytes(OtherScript), OtherProductionName, null, ct);
        OtherProductionId = other.ProductionId;
        var otherPlan = await Services.GetRequiredService<TakeScheduler>().QueueAsync(new RenderSelection(other.ProductionId.ToString()), ct);

        // The server's own worker renders; the runner only waits, as it finds a job server running here.
        var runner = Services.GetRequiredService<RenderRunner>();
        var states = (await runner.RunAsync(samplePlan, cancellationToken: ct)).Concat(await runner.RunAsync(otherPlan, cancellationToken: ct));
        var failed = states.Where(s => s.Status != TakeStatus.Completed).ToList();
        if (failed.Count > 0)
            throw new InvalidOperationException($"{failed.Count} take(s) did not complete: {string.Join("; ", failed.Select(f => $"{f.TakeId} {f.Status} {f.Error}"))}");
    }

    /// <summary>Production keys sealed under a master key of the fixture's own, never the machine's per-user key file.</summary>
    /// <summary>Also registers a hosted engine that may train on what it is sent, for the data policy tests.</summary>
    private void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton(sp => new MasterKeyProvider(
                sp.GetRequiredService<StudioOptions>(), NullLogger<MasterKeyProvider>.Instance,
                name => name == MasterKeyResolver.KeyVariable ? _masterKey.ToBase64() : null))
            .AddSingleton<Backlot.Engines.IFrameEngine, HostedTrainingEngine>();

    /// <summary>A client for the server; with a token, every request carries it as a bearer.</summary>
    public HttpClient Client(string? token = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        if (token is not null)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A production of a test's own, imported through the API from a Fountain text, so tests that change a plan leave the sample alone.</summary>
    public async Task<Guid> ImportScriptAsync(string productionName, string fileName, string fountain, CancellationToken cancellationToken)
    {
        using var admin = Client(AdminToken);
        using var form = new MultipartFormDataContent();
        using var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(fountain));
        form.Add(file, "file", fileName);
        using var production = new StringContent(productionName);
        form.Add(production, "production");
        using var response = await admin.PostAsync("/api/productions/import", form, cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"importing {fileName} answered {response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        return (await response.Content.ReadFromJsonAsync<ImportResult>(cancellationToken))!.ProductionId;
    }

    /// <summary>The sample production's shots, as the admin sees them through the API.</summary>
    public async Task<IReadOnlyList<ShotView>> SampleShotsAsync(CancellationToken cancellationToken) =>
        await ShotsAsync(SampleProductionId, cancellationToken);

    public async Task<IReadOnlyList<ShotView>> ShotsAsync(Guid productionId, CancellationToken cancellationToken)
    {
        using var admin = Client(AdminToken);
        return await admin.GetFromJsonAsync<IReadOnlyList<ShotView>>($"/api/productions/{productionId}/shots", cancellationToken)
            ?? throw new InvalidOperationException("the shots list was empty JSON");
    }

    /// <summary>Replaces {production}, {other}, {shot}, {take} and {asset} in a route with the sample's (or B's) ids.</summary>
    public async Task<string> ResolveAsync(string route, CancellationToken cancellationToken)
    {
        var shots = route.Contains("{other", StringComparison.Ordinal)
            ? await ShotsAsync(OtherProductionId, cancellationToken)
            : await SampleShotsAsync(cancellationToken);
        var shot = shots[0];
        return route
            .Replace("{production}", SampleProductionId.ToString(), StringComparison.Ordinal)
            .Replace("{other}", OtherProductionId.ToString(), StringComparison.Ordinal)
            .Replace("{shot}", shot.Id.ToString(), StringComparison.Ordinal)
            .Replace("{other-shot}", shot.Id.ToString(), StringComparison.Ordinal)
            .Replace("{take}", shot.Latest!.Id.ToString(), StringComparison.Ordinal)
            .Replace("{other-take}", shot.Latest!.Id.ToString(), StringComparison.Ordinal)
            .Replace("{asset}", shot.Latest!.BeautySha256, StringComparison.Ordinal)
            .Replace("{other-asset}", shot.Latest!.BeautySha256, StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync(CancellationToken.None);
            await _app.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        _masterKey.Dispose();
        try
        {
            if (Directory.Exists(_folder))
                Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // a file still held open leaves a folder in /tmp; not worth failing the run for
        }
    }
}
