using Microsoft.Data.Sqlite;

namespace Backlot.Data.Tests.Database;

public sealed class SqliteDatabaseFixture : DatabaseFixture
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"backlot-data-tests-{Guid.NewGuid():N}");

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public override Task<ScratchDatabase> CreateEmptyDatabaseAsync()
    {
        var folder = Path.Combine(_folder, $"scratch-{Guid.NewGuid():N}");
        return Task.FromResult(new ScratchDatabase(DatabaseSettings.Resolve(folder, null), () => DeleteFolder(folder)));
    }

    protected override Task<DatabaseSettings?> TryCreateMainDatabaseAsync() =>
        Task.FromResult<DatabaseSettings?>(DatabaseSettings.Resolve(_folder, null));

    protected override Task DropMainDatabaseAsync() => DeleteFolder(_folder);

    private static Task DeleteFolder(string folder)
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }
}
