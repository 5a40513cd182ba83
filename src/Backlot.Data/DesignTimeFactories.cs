using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Backlot.Data;

/// <summary>Lets <c>dotnet ef</c> build the SQLite model; no database is touched to add a migration.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteBacklotDbContext>
{
    public SqliteBacklotDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteBacklotDbContext>().UseSqlite("Data Source=backlot-design.db").Options);
}

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL model; BACKLOT_DB is used when set (for <c>database update</c>).</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresBacklotDbContext>
{
    public PostgresBacklotDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("BACKLOT_DB") is { Length: > 0 } db
            ? db
            : "Host=localhost;Database=backlot;Username=postgres";
        return new(new DbContextOptionsBuilder<PostgresBacklotDbContext>().UseNpgsql(connectionString).Options);
    }
}
