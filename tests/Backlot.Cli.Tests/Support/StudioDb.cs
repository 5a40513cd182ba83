using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Backlot.Cli.Tests.Support;

/// <summary>A take as the database holds it, read with plain SQL so the test does not share code with what it checks.</summary>
internal sealed record TakeRow(string Id, string ShotId, int Number, string Status, int Attempts, IReadOnlyList<string> OutputShas);

/// <summary>Reads a data folder's SQLite database read-only, while or after a `backlot` process writes it.</summary>
internal static class StudioDb
{
    public static IReadOnlyList<TakeRow> Takes(string databasePath)
    {
        using var connection = Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id, ShotId, Number, Status, Attempts, Outputs FROM Takes";
        using var reader = command.ExecuteReader();
        var takes = new List<TakeRow>();
        while (reader.Read())
        {
            using var outputs = JsonDocument.Parse(reader.GetString(5));
            takes.Add(new TakeRow(
                reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetString(3), reader.GetInt32(4),
                [.. outputs.RootElement.EnumerateArray().Select(o => o.GetProperty("assetSha256").GetString()!)]));
        }

        return takes;
    }

    public static IReadOnlyList<string> Column(string databasePath, string sql)
    {
        using var connection = Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
            values.Add(reader.GetString(0));
        return values;
    }

    /// <summary>Changes the database as an older Backlot, or a person with a SQL shell, might have left it.</summary>
    public static int Execute(string databasePath, string sql)
    {
        using var connection = Open(databasePath, SqliteOpenMode.ReadWrite);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }

    private static SqliteConnection Open(string databasePath, SqliteOpenMode mode = SqliteOpenMode.ReadOnly)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = mode,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString());
        connection.Open();
        return connection;
    }
}
