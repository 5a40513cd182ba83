using Microsoft.Data.Sqlite;
using Npgsql;

namespace Backlot.Data;

/// <summary>Which database holds the metadata, and how to reach it.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string SqliteFileName = "backlot.db";

    /// <summary>
    /// <paramref name="backlotDb"/> (the BACKLOT_DB variable, an Npgsql connection string) wins when set;
    /// otherwise SQLite in <c>{dataDirectory}/backlot.db</c>.
    /// </summary>
    public static DatabaseSettings Resolve(string dataDirectory, string? backlotDb)
    {
        if (!string.IsNullOrWhiteSpace(backlotDb))
        {
            try
            {
                _ = new NpgsqlConnectionStringBuilder(backlotDb);
            }
            catch (ArgumentException e)
            {
                throw new ArgumentException($"BACKLOT_DB is not a PostgreSQL (Npgsql) connection string: {e.Message}", nameof(backlotDb), e);
            }

            return new DatabaseSettings(DatabaseProvider.PostgreSql, backlotDb.Trim());
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        var path = Path.Combine(Path.GetFullPath(dataDirectory), SqliteFileName);
        var builder = new SqliteConnectionStringBuilder { DataSource = path, DefaultTimeout = 30 };
        return new DatabaseSettings(DatabaseProvider.Sqlite, builder.ToString());
    }

    /// <summary>Where the database is, for logs and the console: never the password.</summary>
    public string Describe()
    {
        if (Provider == DatabaseProvider.Sqlite)
            return $"SQLite at {new SqliteConnectionStringBuilder(ConnectionString).DataSource}";

        var pg = new NpgsqlConnectionStringBuilder(ConnectionString);
        var host = pg.Host ?? "localhost";
        var port = pg.Port is 0 or NpgsqlConnection.DefaultPort ? "" : $":{pg.Port}";
        return $"PostgreSQL at {host}{port}/{pg.Database ?? pg.Username ?? "postgres"}";
    }

    public override string ToString() => Describe();
}
