using Microsoft.Data.Sqlite;

namespace Backlot.Data.Tests;

public sealed class DatabaseSettingsTests
{
    private const string Pg = "Host=db.internal;Port=5433;Database=backlot;Username=studio;Password=s3cret";

    [Fact]
    public void Resolve_WithBacklotDb_ChoosesPostgreSql()
    {
        var settings = DatabaseSettings.Resolve("/data", Pg);

        Assert.Equal(DatabaseProvider.PostgreSql, settings.Provider);
        Assert.Equal(Pg, settings.ConnectionString);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Resolve_WithoutBacklotDb_ChoosesSqliteInTheDataFolder(string? backlotDb)
    {
        var settings = DatabaseSettings.Resolve("/srv/backlot", backlotDb);

        Assert.Equal(DatabaseProvider.Sqlite, settings.Provider);
        var builder = new SqliteConnectionStringBuilder(settings.ConnectionString);
        Assert.Equal("/srv/backlot/backlot.db", builder.DataSource);
        Assert.Equal(30, builder.DefaultTimeout);
    }

    [Fact]
    public void Resolve_WithABacklotDbThatIsNotAConnectionString_SaysWhatIsWrong()
    {
        var e = Assert.Throws<ArgumentException>(() => DatabaseSettings.Resolve("/data", "postgres://nope"));

        Assert.Contains("BACKLOT_DB", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_NamesTheServerAndDatabase_ButNeverThePassword()
    {
        var text = DatabaseSettings.Resolve("/data", Pg).Describe();

        Assert.Equal("PostgreSQL at db.internal:5433/backlot", text);
        Assert.DoesNotContain("s3cret", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_OfSqlite_NamesTheFile() =>
        Assert.Equal("SQLite at /srv/backlot/backlot.db", DatabaseSettings.Resolve("/srv/backlot", null).Describe());

    [Fact]
    public void Factory_MakesTheProvidersSubclass()
    {
        using var sqlite = BacklotDbContextFactory.Create(DatabaseSettings.Resolve("/srv/backlot", null));
        using var pg = BacklotDbContextFactory.Create(DatabaseSettings.Resolve("/data", Pg));

        Assert.IsType<SqliteBacklotDbContext>(sqlite);
        Assert.IsType<PostgresBacklotDbContext>(pg);
    }
}
