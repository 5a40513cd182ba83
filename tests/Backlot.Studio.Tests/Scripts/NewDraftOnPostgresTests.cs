using System.Text;
using Backlot.Domain.Scenes;
using Backlot.Studio.Renders;
using Backlot.Studio.Scripts;
using Backlot.Studio.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Backlot.Studio.Tests.Scripts;

/// <summary>
/// A new draft on PostgreSQL: the draft-tracking columns and the one-transaction import on the other provider,
/// on a fresh database from BACKLOT_TEST_PG (skipped without it, failed on CI).
/// </summary>
public sealed class NewDraftOnPostgresTests : IAsyncLifetime
{
    private static readonly string? Server = Environment.GetEnvironmentVariable("BACKLOT_TEST_PG");
    private readonly string _database = $"backlot_drafts_{Guid.NewGuid():N}";
    private bool _created;

    private static CancellationToken Ct => StudioHarness.Ct;

    public async ValueTask InitializeAsync()
    {
        if (string.IsNullOrWhiteSpace(Server))
            return;
        await ExecuteAsync($"CREATE DATABASE \"{_database}\"");
        _created = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_created)
            return;
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)");
    }

    [Fact]
    public async Task NewDraft_OnPostgreSql_KeepsRenderedScenes_FlagsTheChanged_AndArchivesTheCut()
    {
        await using var studio = StudioHarness.CreateOnPostgres(ConnectionString());
        var first = await studio.ImportSmallSampleAsync();
        await studio.RenderAsync(new RenderSelection(first.ProductionId.ToString(), Scene: "2"));
        List<Guid> takes;
        await using (var db = await studio.OpenDbAsync())
            takes = await db.Takes.Select(t => t.Id).OrderBy(id => id).ToListAsync(Ct);

        var second = await studio.Get<ScriptImporter>().ImportAsync("draft.fountain", Encoding.UTF8.GetBytes(NewDraftTests.SecondDraft()), null, null, Ct);

        Assert.Equal((1, 5, 3, 1), (second.ScenesAdded, second.ScenesKept, second.ScenesChanged, second.ScenesArchived));
        await using (var db = await studio.OpenDbAsync())
        {
            Assert.Equal(takes, await db.Takes.Select(t => t.Id).OrderBy(id => id).ToListAsync(Ct));
            Assert.Equal(["2", "3", "6"], await db.Scenes.Where(s => s.DraftStatus == DraftStatus.Changed && s.ChangedInDraft == 2).OrderBy(s => s.Ordinal).Select(s => s.Number).ToListAsync(Ct));
            Assert.Equal("5", (await db.Scenes.SingleAsync(s => s.Archived, Ct)).Number);
        }
    }

    private string ConnectionString()
    {
        if (string.IsNullOrWhiteSpace(Server))
        {
            if (Environment.GetEnvironmentVariable("CI") == "true")
                Assert.Fail("BACKLOT_TEST_PG is not set: on CI the test script must start PostgreSQL");
            Assert.Skip("BACKLOT_TEST_PG not set");
        }

        return new NpgsqlConnectionStringBuilder(Server) { Database = _database }.ConnectionString;
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(Ct);
    }
}
