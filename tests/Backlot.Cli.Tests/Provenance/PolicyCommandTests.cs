using System.Text.Json;
using Backlot.Cli.Tests.Support;
using Backlot.Data;
using Backlot.Domain.Sheets;
using Backlot.Engines;
using Backlot.Provenance.Keys;
using Backlot.Studio.Audit;
using Backlot.Studio;
using Backlot.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Backlot.Cli.Tests.Provenance;

/// <summary>Runs `backlot render` in this process (to register a test engine), so nothing else here may use the console meanwhile.</summary>
[CollectionDefinition(nameof(InProcessCli), DisableParallelization = true)]
public sealed class InProcessCli;

[Collection(nameof(InProcessCli))]
public sealed class PolicyCommandTests
{
    private const string Script = """
        Title: Night Shift

        INT. SORTING OFFICE - NIGHT

        ROSA stamps a parcel.
        """;

    [Fact]
    public async Task Render_OnAHostedEngineThatMayTrain_ForAnOnPremisesOnlyProduction_IsRefused_AndAudited()
    {
        using var data = new DataFolder();
        await File.WriteAllTextAsync(data.File("night-shift.fountain"), Script, TestContext.Current.CancellationToken);
        Assert.Equal(0, (await data.RunAsync("import", data.File("night-shift.fountain"))).ExitCode);
        var set = await data.RunAsync("policy", "set", "--allow", "onprem", "--json");
        Assert.True(set.ExitCode == 0, set.ToString());
        using (var policy = JsonDocument.Parse(set.Stdout))
            Assert.Equal(["onprem"], policy.RootElement.GetProperty("allowed").EnumerateArray().Select(a => a.GetString()));
        await UseEngineAsync(data, HostedTrainingEngine.Id);

        var (exit, stderr) = await RenderInProcessAsync(data);

        Assert.Equal(1, exit);
        Assert.StartsWith("backlot: shot 1A: engine 'hosted-trainer' handles data as may-train", stderr.Trim(), StringComparison.Ordinal);
        Assert.Empty(StudioDb.Takes(data.Database));
        var audit = await data.RunAsync("audit", "list", "--json");
        using var json = JsonDocument.Parse(audit.Stdout);
        var refusal = Assert.Single(json.RootElement.GetProperty("entries").EnumerateArray(), e => e.GetProperty("action").GetString() == "engine.refused");
        Assert.Equal(HostedTrainingEngine.Id, refusal.GetProperty("engineId").GetString());
    }

    [Fact]
    public async Task PolicySet_WithAnUnknownWord_FailsWithOneLine()
    {
        using var data = new DataFolder();
        await File.WriteAllTextAsync(data.File("night-shift.fountain"), Script, TestContext.Current.CancellationToken);
        Assert.Equal(0, (await data.RunAsync("import", data.File("night-shift.fountain"))).ExitCode);

        var result = await data.RunAsync("policy", "set", "--allow", "onprem,cloud");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'cloud' is not a data handling", Assert.Single(result.StderrLines), StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Stderr)> RenderInProcessAsync(DataFolder data)
    {
        var error = new StringWriter();
        var original = Console.Error;
        CliSession.ConfigureServices = services => services
            .AddSingleton<IFrameEngine, HostedTrainingEngine>()
            .AddSingleton(sp => new MasterKeyProvider(sp.GetRequiredService<StudioOptions>(), NullLogger<MasterKeyProvider>.Instance,
                name => name == MasterKeyResolver.KeyVariable ? BacklotProcess.TestMasterKey : null));
        Console.SetError(error);
        try
        {
            var exit = await BacklotCommandLine.RunAsync(["render", "--data", data.Data]);
            return (exit, error.ToString());
        }
        finally
        {
            Console.SetError(original);
            CliSession.ConfigureServices = null;
        }
    }

    private static async Task UseEngineAsync(DataFolder data, string engine)
    {
        var options = StudioOptions.Resolve(data.Data, _ => null);
        await using var services = new ServiceCollection().AddLogging().AddBacklotStudio(options).BuildServiceProvider();
        await using var db = await services.GetRequiredService<IDbContextFactory<BacklotDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        var production = await db.Productions.SingleAsync(TestContext.Current.CancellationToken);
        production.Sheet = production.Sheet.Set(KnobNames.Engine, engine);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
