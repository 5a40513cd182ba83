using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Backlot.Data;

public static class DatabaseMigrator
{
    /// <summary>Applies the provider's migrations. On SQLite it first creates the folder and turns on WAL.</summary>
    public static async Task MigrateAsync(BacklotDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.IsSqlite())
        {
            var source = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            if (!string.IsNullOrEmpty(source) && source != ":memory:" && Path.GetDirectoryName(Path.GetFullPath(source)) is { } folder)
                Directory.CreateDirectory(folder);

            // WAL lets readers go on while a worker writes; the setting is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }

        await db.Database.MigrateAsync(ct);
    }
}
