using Microsoft.EntityFrameworkCore;

namespace Backlot.Data.Tests.Database;

/// <summary>One database per test class, migrated once; each provider brings its own subclass.</summary>
public abstract class DatabaseFixture : IAsyncLifetime
{
    private DatabaseSettings? _settings;

    public abstract DatabaseProvider Provider { get; }

    public DatabaseSettings Settings
    {
        get
        {
            EnsureAvailable();
            return _settings!;
        }
    }

    public BacklotDbContext NewContext() => BacklotDbContextFactory.Create(Settings);

    /// <summary>A further database with nothing in it; deleted when disposed.</summary>
    public abstract Task<ScratchDatabase> CreateEmptyDatabaseAsync();

    public async ValueTask InitializeAsync()
    {
        var scratch = await TryCreateMainDatabaseAsync();
        if (scratch is null)
            return;
        _settings = scratch;
        await using var db = NewContext();
        await DatabaseMigrator.MigrateAsync(db, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        if (_settings is not null)
            await DropMainDatabaseAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Null when the provider is not available here (the tests then skip or fail).</summary>
    protected abstract Task<DatabaseSettings?> TryCreateMainDatabaseAsync();

    protected abstract Task DropMainDatabaseAsync();

    protected virtual void EnsureAvailable()
    {
    }
}

/// <summary>A database made for one test, dropped at the end.</summary>
public sealed class ScratchDatabase(DatabaseSettings settings, Func<Task> drop) : IAsyncDisposable
{
    public DatabaseSettings Settings { get; } = settings;

    public BacklotDbContext NewContext() => BacklotDbContextFactory.Create(Settings);

    public async ValueTask DisposeAsync() => await drop();
}

internal static class DbContextTestExtensions
{
    public static async Task<List<string>> TableNamesAsync(this BacklotDbContext db, CancellationToken ct)
    {
        var sql = db.Database.IsSqlite()
            ? "SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table'"
            : "SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_schema = 'public'";
        return await db.Database.SqlQueryRaw<string>(sql).ToListAsync(ct);
    }
}
