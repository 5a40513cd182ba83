using Backlot.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace Backlot.Data;

/// <summary>The model on SQLite, with its own migrations (Migrations/Sqlite).</summary>
public sealed class SqliteBacklotDbContext(DbContextOptions<SqliteBacklotDbContext> options) : BacklotDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<SqliteDateTimeOffsetConverter>();
    }
}
