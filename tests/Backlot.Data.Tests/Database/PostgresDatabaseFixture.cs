using Npgsql;

namespace Backlot.Data.Tests.Database;

/// <summary>
/// PostgreSQL from BACKLOT_TEST_PG (a server where the user may CREATE DATABASE). Without it the tests
/// skip, except on CI, where they fail: the test script must start PostgreSQL.
/// </summary>
public sealed class PostgresDatabaseFixture : DatabaseFixture
{
    private static readonly string? ServerConnectionString = Environment.GetEnvironmentVariable("BACKLOT_TEST_PG");
    private string? _mainDatabase;

    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    public override async Task<ScratchDatabase> CreateEmptyDatabaseAsync()
    {
        EnsureAvailable();
        var name = await CreateDatabaseAsync();
        return new ScratchDatabase(SettingsFor(name), () => DropDatabaseAsync(name));
    }

    protected override async Task<DatabaseSettings?> TryCreateMainDatabaseAsync()
    {
        if (string.IsNullOrWhiteSpace(ServerConnectionString))
            return null;
        _mainDatabase = await CreateDatabaseAsync();
        return SettingsFor(_mainDatabase);
    }

    protected override Task DropMainDatabaseAsync() => DropDatabaseAsync(_mainDatabase!);

    protected override void EnsureAvailable()
    {
        if (!string.IsNullOrWhiteSpace(ServerConnectionString))
            return;
        if (Environment.GetEnvironmentVariable("CI") == "true")
            Assert.Fail("BACKLOT_TEST_PG is not set: on CI the test script must start PostgreSQL and set BACKLOT_TEST_PG to a connection string of a user who may CREATE DATABASE");
        Assert.Skip("BACKLOT_TEST_PG not set");
    }

    private static DatabaseSettings SettingsFor(string database) =>
        new(DatabaseProvider.PostgreSql, new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = database }.ConnectionString);

    private static async Task<string> CreateDatabaseAsync()
    {
        var name = $"backlot_test_{Guid.NewGuid():N}";
        await ExecuteOnServerAsync($"CREATE DATABASE \"{name}\"");
        return name;
    }

    private static async Task DropDatabaseAsync(string name)
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private static async Task ExecuteOnServerAsync(string sql)
    {
        var builder = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Pooling = false };
        builder.Database ??= "postgres";
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
