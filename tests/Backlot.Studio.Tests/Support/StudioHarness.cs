using Backlot.Data;
using Backlot.Domain.Sheets;
using Backlot.Provenance.Keys;
using Backlot.Studio.Audit;
using Backlot.Studio.Characters;
using Backlot.Studio.Demo;
using Backlot.Studio.Renders;
using Backlot.Studio.Scripts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Backlot.Studio.Tests.Support;

/// <summary>
/// The studio's real services over a data folder of its own (SQLite, blobs, Hangfire storage), removed at the end.
/// The environment is ignored, so BACKLOT_DATA or BACKLOT_DB on the machine cannot leak into a test.
/// </summary>
internal sealed class StudioHarness : IAsyncDisposable
{
    /// <summary>Small frames keep renders quick; they are set on the production's sheet, as a user would.</summary>
    public const int SmallWidth = 320;
    public const int SmallHeight = 180;

    private readonly ServiceProvider _services;

    private StudioHarness(string root, Action<IServiceCollection>? configure, string? database = null)
    {
        Root = root;
        Options = StudioOptions.Resolve(Path.Combine(root, "data"), name => name == StudioOptions.DatabaseEnvironmentVariable ? database : null);
        var services = new ServiceCollection().AddLogging().AddBacklotStudio(Options);
        // Production keys are sealed under a master key of the test's own, never the machine's per-user key file.
        services.AddSingleton(sp => new MasterKeyProvider(
            Options, NullLogger<MasterKeyProvider>.Instance, name => name == MasterKeyResolver.KeyVariable ? MasterKey.ToBase64() : null));
        configure?.Invoke(services);
        _services = services.BuildServiceProvider();
    }

    public string Root { get; }

    /// <summary>The master key production keys are sealed under (unless a test registers its own provider).</summary>
    public MasterKey MasterKey { get; } = MasterKey.Generate();

    public StudioOptions Options { get; }

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static StudioHarness Create(Action<IServiceCollection>? configure = null) =>
        new(Path.Combine(Path.GetTempPath(), "backlot-studio-tests", Guid.NewGuid().ToString("N")), configure);

    /// <summary>The same, with metadata and jobs in PostgreSQL (as BACKLOT_DB would set) instead of the data folder.</summary>
    public static StudioHarness CreateOnPostgres(string connectionString) =>
        new(Path.Combine(Path.GetTempPath(), "backlot-studio-tests", Guid.NewGuid().ToString("N")), null, connectionString);

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public async Task<BacklotDbContext> OpenDbAsync()
    {
        await Get<StudioDatabase>().EnsureReadyAsync(Ct);
        return await Get<IDbContextFactory<BacklotDbContext>>().CreateDbContextAsync(Ct);
    }

    /// <summary>Imports the sample production embedded in Backlot, with its character bibles.</summary>
    public Task<ImportResult> ImportSampleAsync(string? productionName = null) =>
        Get<ScriptImporter>().ImportAsync(
            SampleProduction.ScriptFileName, SampleProduction.Script(), productionName, CharacterBibleFile.Read(SampleProduction.Bibles()), Ct);

    /// <summary>The sample, with small frames set on the production's sheet.</summary>
    public async Task<ImportResult> ImportSmallSampleAsync()
    {
        var import = await ImportSampleAsync();
        await ChangeProductionSheetAsync(import.ProductionId, s => s.Set(KnobNames.Width, SmallWidth).Set(KnobNames.ImageHeight, SmallHeight));
        return import;
    }

    public async Task ChangeProductionSheetAsync(Guid productionId, Func<ControlSheet, ControlSheet> change)
    {
        await using var db = await OpenDbAsync();
        var production = await db.Productions.SingleAsync(p => p.Id == productionId, Ct);
        production.Sheet = change(production.Sheet);
        await db.SaveChangesAsync(Ct);
    }

    public async Task ChangeShotSheetAsync(Guid productionId, string shotCode, Func<ControlSheet, ControlSheet> change)
    {
        await using var db = await OpenDbAsync();
        var shot = await db.Shots.SingleAsync(s => s.ProductionId == productionId && s.Code == shotCode, Ct);
        shot.Sheet = change(shot.Sheet);
        await db.SaveChangesAsync(Ct);
    }

    /// <summary>Queues the selection and runs it to the end in this process.</summary>
    public async Task<(RenderPlan Plan, IReadOnlyList<TakeState> States)> RenderAsync(RenderSelection selection)
    {
        var plan = await Get<TakeScheduler>().QueueAsync(selection, Ct);
        var states = await Get<RenderRunner>().RunAsync(plan, null, Ct);
        return (plan, states);
    }

    /// <summary>How much the data folder holds: every table an import or a render writes, and the blob files.</summary>
    public async Task<DataCounts> CountAsync()
    {
        await using var db = await OpenDbAsync();
        return new DataCounts(
            await db.Productions.CountAsync(Ct),
            await db.ScriptDrafts.CountAsync(Ct),
            await db.Scenes.CountAsync(Ct),
            await db.Characters.CountAsync(Ct),
            await db.Shots.CountAsync(Ct),
            await db.Takes.CountAsync(Ct),
            await db.Assets.CountAsync(Ct),
            BlobFiles().Count);
    }

    /// <summary>Blob files in the store, leaving out its temporary folder.</summary>
    public IReadOnlyList<string> BlobFiles()
    {
        var tmp = Path.Combine(Options.BlobDirectory, "tmp");
        return Directory.Exists(Options.BlobDirectory)
            ? [.. Directory.EnumerateFiles(Options.BlobDirectory, "*", SearchOption.AllDirectories)
                .Where(f => !f.StartsWith(tmp + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                .Select(Path.GetFileName)
                .Order(StringComparer.Ordinal)!]
            : [];
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        MasterKey.Dispose();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still open (Windows) stays behind in the temp folder; the test's result does not depend on it.
        }
    }
}

internal sealed record DataCounts(int Productions, int Drafts, int Scenes, int Characters, int Shots, int Takes, int Assets, int BlobFiles);
