using Backlot.Data;
using Backlot.Domain.Takes;
using Backlot.Studio.Jobs;
using Backlot.Studio.Renders;
using Backlot.Studio.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Backlot.Studio.Tests.OnPostgres;

/// <summary>
/// The scaled-out set-up end to end: metadata through EF Core on PostgreSQL and the job queue on Hangfire's
/// PostgreSQL storage, on a fresh database from BACKLOT_TEST_PG (skipped without it, failed on CI).
/// </summary>
public sealed class PostgresStudioTests : IAsyncLifetime
{
    private static readonly string? Server = Environment.GetEnvironmentVariable("BACKLOT_TEST_PG");
    private readonly string _database = $"backlot_studio_{Guid.NewGuid():N}";
    private bool _created;

    private static CancellationToken Ct => StudioHarness.Ct;

    public async ValueTask InitializeAsync()
    {
        if (string.IsNullOrWhiteSpace(Server))
            return;
        await ExecuteAsync($"CREATE DATABASE \"{_database}\"");
        _created = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_created)
            return;
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)");
    }

    [Fact]
    public async Task ImportAndRender_OnPostgreSql_CompletesEveryShotOfTheScene_ThroughHangfiresPostgresQueue()
    {
        await using var studio = StudioHarness.CreateOnPostgres(ConnectionString());
        Assert.Equal(DatabaseProvider.PostgreSql, studio.Options.Database.Provider);
        var import = await studio.ImportSmallSampleAsync();

        var (plan, states) = await studio.RenderAsync(new RenderSelection(import.ProductionId.ToString(), Scene: "1"));

        Assert.NotEmpty(plan.Takes);
        Assert.All(states, s => Assert.Equal(TakeStatus.Completed, s.Status));
        Assert.False(File.Exists(Path.Combine(studio.Options.DataDirectory, "backlot.db")), "metadata must not go to SQLite");
        await using var db = await studio.OpenDbAsync();
        Assert.IsType<PostgresBacklotDbContext>(db);
        Assert.Equal(plan.Takes.Count, await db.Takes.CountAsync(t => t.Status == TakeStatus.Completed, Ct));
    }

    [Fact]
    public async Task Recovery_OnPostgreSql_QueuesATakeOfADeadWorkerAgainAndItCompletes()
    {
        await using var studio = StudioHarness.CreateOnPostgres(ConnectionString());
        var import = await studio.ImportSmallSampleAsync();
        var plan = await studio.Get<TakeScheduler>().QueueAsync(new RenderSelection(import.ProductionId.ToString(), Shot: "1A"), Ct);
        var takeId = plan.Takes.Single().TakeId;
        await using (var db = await studio.OpenDbAsync())
        {
            await db.Takes.Where(t => t.Id == takeId).ExecuteUpdateAsync(
                s => s.SetProperty(t => t.Status, TakeStatus.Running)
                    .SetProperty(t => t.WorkerId, $"{Environment.MachineName}:999999:1")
                    .SetProperty(t => t.Attempts, 1),
                Ct);
        }

        var report = await studio.Get<JobRecovery>().RecoverAsync(Ct);
        var states = await studio.Get<RenderRunner>().RunAsync(plan, null, Ct);

        Assert.Equal(1, report.Resumed);
        Assert.Equal(TakeStatus.Completed, Assert.Single(states).Status);
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
