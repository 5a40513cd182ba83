namespace Backlot.Data;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}
