using Microsoft.EntityFrameworkCore;

namespace Backlot.Data;

/// <summary>Makes the <see cref="BacklotDbContext"/> subclass that matches the configured provider.</summary>
public static class BacklotDbContextFactory
{
    public static BacklotDbContext Create(DatabaseSettings settings) => Create(settings, BuildOptions(settings));

    internal static DbContextOptions BuildOptions(DatabaseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.Provider switch
        {
            DatabaseProvider.Sqlite => new DbContextOptionsBuilder<SqliteBacklotDbContext>()
                .UseSqlite(settings.ConnectionString).Options,
            DatabaseProvider.PostgreSql => new DbContextOptionsBuilder<PostgresBacklotDbContext>()
                .UseNpgsql(settings.ConnectionString).Options,
            _ => throw new ArgumentOutOfRangeException(nameof(settings), settings.Provider, "unknown database provider"),
        };
    }

    internal static BacklotDbContext Create(DatabaseSettings settings, DbContextOptions options) => settings.Provider switch
    {
        DatabaseProvider.Sqlite => new SqliteBacklotDbContext((DbContextOptions<SqliteBacklotDbContext>)options),
        DatabaseProvider.PostgreSql => new PostgresBacklotDbContext((DbContextOptions<PostgresBacklotDbContext>)options),
        _ => throw new ArgumentOutOfRangeException(nameof(settings), settings.Provider, "unknown database provider"),
    };
}
