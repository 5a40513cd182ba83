using System.Security.Cryptography;
using System.Text.Json;
using Backlot.Cli.Tests.Support;
using Backlot.Provenance.Audit;
using Backlot.Provenance.Keys;
using Backlot.Studio;
using Backlot.Studio.Audit;
using Backlot.Studio.Productions;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Backlot.Cli.Tests.Audit;

public sealed class AuditCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Verify_RowEditedWithRawSql_ExitsNonZeroAndNamesTheEntry()
    {
        using var data = new DataFolder();
        await WriteSignedLogAsync(data.Data, "Night Shift", entries: 6);

        var intact = await data.RunAsync("audit", "verify", "--json");
        Assert.True(intact.ExitCode == 0, intact.ToString());
        using (var json = JsonDocument.Parse(intact.Stdout))
        {
            Assert.True(json.RootElement.GetProperty("intact").GetBoolean());
            Assert.Equal(6, json.RootElement.GetProperty("signedThrough").GetInt64());
        }

        Edit(data.Database, "UPDATE AuditEntries SET Details = '{\"frame\":999}' WHERE Sequence = 3");

        var damaged = await data.RunAsync("audit", "verify", "--json");
        Assert.True(damaged.ExitCode == 1, damaged.ToString());
        using (var json = JsonDocument.Parse(damaged.Stdout))
        {
            var damage = json.RootElement.GetProperty("damage");
            Assert.Equal(3, damage.GetProperty("sequence").GetInt64());
            Assert.Equal("edited", damage.GetProperty("kind").GetString());
        }

        var line = Assert.Single(damaged.StderrLines);
        Assert.StartsWith("backlot: the audit log of 'Night Shift' is damaged at entry 3 (edited)", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_Json_PrintsEveryEntryInOrder()
    {
        using var data = new DataFolder();
        await WriteSignedLogAsync(data.Data, "Night Shift", entries: 3);

        var result = await data.RunAsync("audit", "list", "--production", "Night Shift", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var entries = json.RootElement.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal([1L, 2L, 3L], entries.Select(e => e.GetProperty("sequence").GetInt64()));
        Assert.All(entries, e => Assert.Equal(AuditActions.ExportFrame, e.GetProperty("action").GetString()));
    }

    [Theory]
    [InlineData("audit list")]
    [InlineData("audit verify")]
    public async Task Help_PrintsUsageAndExitsZero(string command)
    {
        var result = await BacklotProcess.RunAsync([.. command.Split(' '), "--help"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"backlot {command}", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("--production", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_NoProduction_IsOneLineOnStderr()
    {
        using var data = new DataFolder();
        var result = await data.RunAsync("audit", "verify");
        Assert.NotEqual(0, result.ExitCode);
        Assert.StartsWith("backlot: there is no production yet", Assert.Single(result.StderrLines), StringComparison.Ordinal);
    }

    /// <summary>A production with a signing key and a log signed at its head, written through the studio's own services.</summary>
    private static async Task WriteSignedLogAsync(string dataFolder, string productionName, int entries)
    {
        using var master = MasterKey.Generate();
        var options = StudioOptions.Resolve(dataFolder, _ => null);
        await using var services = new ServiceCollection()
            .AddLogging()
            .AddBacklotStudio(options)
            .AddSingleton(sp => new MasterKeyProvider(options, NullLogger<MasterKeyProvider>.Instance,
                name => name == MasterKeyResolver.KeyVariable ? master.ToBase64() : null))
            .BuildServiceProvider();
        var (production, _) = await services.GetRequiredService<ProductionService>().GetOrCreateAsync(productionName, Ct);
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        await services.GetRequiredService<ProductionKeyStore>().SaveAsync(production.Id, key, cancellationToken: Ct);
        var audit = services.GetRequiredService<AuditService>();
        for (var i = 0; i < entries; i++)
        {
            await audit.AppendAsync(production.Id, new AuditEvent
            {
                Actor = "editor",
                Action = AuditActions.ExportFrame,
                SubjectIds = [$"shot-{i}"],
                Details = $$"""{"frame":{{i}}}""",
            }, Ct);
        }

        await audit.CheckpointAsync(production.Id, Ct);
    }

    private static void Edit(string databasePath, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        Assert.Equal(1, command.ExecuteNonQuery());
    }
}
