using System.Security.Cryptography;
using Backlot.Data;
using Backlot.Provenance.Audit;
using Backlot.Provenance.Keys;
using Backlot.Studio.Audit;
using Backlot.Studio.Productions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Backlot.Studio.Tests.Audit;

/// <summary>
/// The audit log on PostgreSQL (a fresh database from BACKLOT_TEST_PG; skipped without it, failed on CI): writers that read
/// the same head collide on the (production, sequence) key and retry, and timestamps round-trip through timestamptz.
/// </summary>
public sealed class AuditOnPostgresTests : IAsyncLifetime
{
    private static readonly string? Server = Environment.GetEnvironmentVariable("BACKLOT_TEST_PG");
    private readonly string _database = $"backlot_audit_{Guid.NewGuid():N}";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "backlot-studio-tests", Guid.NewGuid().ToString("N"));
    private readonly MasterKey _masterKey = MasterKey.Generate();
    private bool _created;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        if (string.IsNullOrWhiteSpace(Server))
            return;
        await ExecuteAsync($"CREATE DATABASE \"{_database}\"");
        _created = true;
    }

    public async ValueTask DisposeAsync()
    {
        _masterKey.Dispose();
        if (Directory.Exists(_root))
            Directory.Delete(_root, recursive: true);
        if (!_created)
            return;
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)");
    }

    [Fact]
    public async Task Append_ManyWritersOnPostgreSql_KeepOneSignedChain_AndAnEditIsFound()
    {
        await using var services = Services(ConnectionString());
        var (production, _) = await services.GetRequiredService<ProductionService>().GetOrCreateAsync("Audit on PG", Ct);
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        await services.GetRequiredService<ProductionKeyStore>().SaveAsync(production.Id, key, cancellationToken: Ct);
        var audit = services.GetRequiredService<AuditService>();

        await Task.WhenAll(Enumerable.Range(0, 30).Select(i => Task.Run(
            () => audit.AppendAsync(production.Id, new AuditEvent { Actor = $"worker-{i % 4}", Action = AuditActions.Download, Details = $$"""{"i":{{i}}}""" }, Ct), Ct)));

        var entries = await audit.ListAsync(production.Id, cancellationToken: Ct);
        Assert.Equal(Enumerable.Range(1, 30).Select(i => (long)i), entries.Select(e => e.Sequence));
        var intact = await audit.VerifyAsync(production.Id, cancellationToken: Ct);
        Assert.True(intact.IsIntact, intact.FirstDamage?.Message);
        Assert.Equal(30, intact.SignedThrough);

        await using (var db = await services.GetRequiredService<IDbContextFactory<BacklotDbContext>>().CreateDbContextAsync(Ct))
        {
            await db.Database.ExecuteSqlAsync(
                $"UPDATE \"AuditEntries\" SET \"Actor\" = 'mallory' WHERE \"ProductionId\" = {production.Id} AND \"Sequence\" = 17", Ct);
        }

        var damaged = await audit.VerifyAsync(production.Id, cancellationToken: Ct);
        Assert.Equal((AuditDamageKind.Edited, 17L), (damaged.FirstDamage?.Kind, damaged.FirstDamage?.Sequence));
    }

    private ServiceProvider Services(string connectionString)
    {
        var options = StudioOptions.Resolve(Path.Combine(_root, "data"), name => name == StudioOptions.DatabaseEnvironmentVariable ? connectionString : null);
        return new ServiceCollection()
            .AddLogging()
            .AddBacklotStudio(options)
            .AddSingleton(new AuditOptions { CheckpointEvery = 10 })
            .AddSingleton(new MasterKeyProvider(options, NullLogger<MasterKeyProvider>.Instance,
                name => name == MasterKeyResolver.KeyVariable ? _masterKey.ToBase64() : null))
            .BuildServiceProvider();
    }

    private string ConnectionString()
    {
        if (string.IsNullOrWhiteSpace(Server))
        {
            if (Environment.GetEnvironmentVariable("CI") == "true")
                Assert.Fail("BACKLOT_TEST_PG is not set: on CI the test script must start PostgreSQL");
            Assert.Skip("BACKLOT_TEST_PG not set");
        }

        return new NpgsqlConnectionStringBuilder(Server) { Database = _database }.ConnectionString;
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(Ct);
    }
}
