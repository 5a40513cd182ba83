using Backlot.Data.Auth;
using Backlot.Domain.Assets;
using Backlot.Domain.Characters;
using Backlot.Domain.Organizations;
using Backlot.Domain.Productions;
using Backlot.Domain.Reviews;
using Backlot.Domain.Scenes;
using Backlot.Domain.Scripts;
using Backlot.Domain.Sheets;
using Backlot.Domain.Shots;
using Backlot.Domain.Takes;
using Microsoft.EntityFrameworkCore;

namespace Backlot.Data.Tests.Database;

/// <summary>The same behaviours, run once per provider by the subclasses at the end of this file.</summary>
public abstract class DataLayerTests(DatabaseFixture fixture)
{
    // PostgreSQL keeps microseconds: whole milliseconds survive both providers exactly.
    private static readonly DateTimeOffset T0 = new(2026, 3, 14, 9, 26, 53, 589, TimeSpan.Zero);

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Migrate_OnAnEmptyDatabase_CreatesEveryTableAndLeavesNothingPending()
    {
        await using var scratch = await fixture.CreateEmptyDatabaseAsync();
        await using var db = scratch.NewContext();

        await DatabaseMigrator.MigrateAsync(db, Ct);

        Assert.Empty(await db.Database.GetPendingMigrationsAsync(Ct));
        Assert.Contains(await db.Database.GetAppliedMigrationsAsync(Ct), m => m.EndsWith("_Initial", StringComparison.Ordinal));
        var tables = await db.TableNamesAsync(Ct);
        foreach (var table in new[] { "Organizations", "Productions", "ScriptDrafts", "Scenes", "Characters", "Shots", "Takes", "Assets", "Reviews", "ApiTokens" })
            Assert.Contains(table, tables);
        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public async Task Production_RoundTrips_PolicyIdentityAndSheetWithLocks()
    {
        var org = new Organization { Name = "Northlight", CreatedAt = T0 };
        var sheet = ControlSheet.Empty
            .Set(KnobNames.Lens, 85, locked: true)
            .Set(KnobNames.Size, "MCU")
            .Set("grain", KnobValue.Of(true), locked: true);
        var production = NewProduction(org.Id);
        production.Sheet = sheet;
        production.DataPolicy = new DataPolicy(DataHandling.OnPremises | DataHandling.HostedMayRetain);
        production.SigningIdentity = new SigningIdentity("CN=Brick and Steel", new string('c', 64));
        await using (var db = fixture.NewContext())
        {
            db.Organizations.Add(org);
            db.Productions.Add(production);
            await db.SaveChangesAsync(Ct);
        }

        await using (var db = fixture.NewContext())
        {
            var loaded = await db.Productions.SingleAsync(p => p.Id == production.Id, Ct);
            Assert.Equal(production.Name, loaded.Name);
            Assert.Equal(production.Slug, loaded.Slug);
            Assert.Equal(org.Id, loaded.OrganizationId);
            Assert.Equal(production.DataPolicy, loaded.DataPolicy);
            Assert.Equal(production.SigningIdentity, loaded.SigningIdentity);
            Assert.Equal(sheet, loaded.Sheet);
            Assert.True(loaded.Sheet.Knobs[KnobNames.Lens].Locked);
            Assert.False(loaded.Sheet.Knobs[KnobNames.Size].Locked);
            Assert.Equal(T0, loaded.CreatedAt);
            Assert.Equal(org.Name, (await db.Organizations.SingleAsync(o => o.Id == org.Id, Ct)).Name);
        }
    }

    [Fact]
    public async Task ScriptSceneAndShot_RoundTrip_WithListsAndSheets()
    {
        var production = NewProduction();
        var draft = new ScriptDraft { ProductionId = production.Id, DraftNumber = 2, FileName = "brick.fountain", Format = "fountain", SourceSha256 = new string('a', 64), Title = "Brick & Steel", ImportedAt = T0 };
        var scene = NewScene(production.Id, draft.Id);
        scene.Cast = ["EDWARD", "MARA"];
        scene.Sheet = ControlSheet.Empty.Set(KnobNames.TimeOfDay, "NIGHT", locked: true);
        var shot = NewShot(scene);
        shot.Characters = ["MARA"];
        shot.Sheet = ControlSheet.Empty.Set(KnobNames.Size, "CU");
        shot.SelectedTakeId = Guid.NewGuid();
        shot.EditedByUser = true;
        await SaveAsync(production, draft, scene, shot);

        await using var db = fixture.NewContext();
        var d = await db.ScriptDrafts.SingleAsync(x => x.Id == draft.Id, Ct);
        Assert.Equal((draft.DraftNumber, draft.FileName, draft.Format, draft.SourceSha256, draft.Title, draft.ImportedAt), (d.DraftNumber, d.FileName, d.Format, d.SourceSha256, d.Title, d.ImportedAt));
        var s = await db.Scenes.SingleAsync(x => x.Id == scene.Id, Ct);
        Assert.Equal(["EDWARD", "MARA"], s.Cast);
        Assert.Equal(scene.Sheet, s.Sheet);
        Assert.Equal((scene.Number, scene.Heading, scene.IntExt, scene.Location, scene.TimeOfDay, scene.Ordinal, scene.SourceLine), (s.Number, s.Heading, s.IntExt, s.Location, s.TimeOfDay, s.Ordinal, s.SourceLine));
        var sh = await db.Shots.SingleAsync(x => x.Id == shot.Id, Ct);
        Assert.Equal(["MARA"], sh.Characters);
        Assert.Equal(ShotSize.CU, sh.Size);
        Assert.Equal(shot.SelectedTakeId, sh.SelectedTakeId);
        Assert.True(sh.EditedByUser);
        Assert.Equal(shot.EstimatedSeconds, sh.EstimatedSeconds);
    }

    [Fact]
    public async Task Scene_RoundTrips_ItsDraftTracking()
    {
        var production = NewProduction();
        var scene = NewScene(production.Id);
        scene.Number = "12A";
        scene.NumberFromScript = true;
        scene.Text = "Action: Mara feeds the furnace.\nCharacter: MARA\nDialogue: Hotter.";
        scene.TextHash = new string('c', 64);
        scene.DraftStatus = DraftStatus.Changed;
        scene.ChangedInDraft = 3;
        await SaveAsync(production, scene);

        await using var db = fixture.NewContext();
        var s = await db.Scenes.SingleAsync(x => x.Id == scene.Id && x.DraftStatus == DraftStatus.Changed, Ct);
        Assert.Equal(
            (scene.Number, scene.NumberFromScript, scene.Text, scene.TextHash, scene.ChangedInDraft),
            (s.Number, s.NumberFromScript, s.Text, s.TextHash, s.ChangedInDraft));
    }

    [Fact]
    public async Task Character_RoundTrips_BibleWithLooks()
    {
        var production = NewProduction();
        var character = new Character
        {
            ProductionId = production.Id,
            Name = "MARA",
            DialogueCount = 12,
            Bible = new CharacterBible
            {
                HeightMetres = 1.68,
                Build = Build.Athletic,
                IdentityReferences = [new string('1', 64), new string('2', 64)],
                Palette = ["#3a5f8c", "#d9c7a1"],
                Looks =
                [
                    new Look("Work", "#3a5f8c", "#222222", "#111111", "#c68e6b", "#2b1b10", 1, 4),
                    new Look("Party", "#aa0000", "#000000", "#000000", "#c68e6b", "#2b1b10", FromScene: 5),
                ],
            },
        };
        await SaveAsync(production, character);

        await using var db = fixture.NewContext();
        var loaded = await db.Characters.SingleAsync(c => c.Id == character.Id, Ct);
        Assert.Equal(12, loaded.DialogueCount);
        Assert.Equal(1.68, loaded.Bible.HeightMetres);
        Assert.Equal(Build.Athletic, loaded.Bible.Build);
        Assert.Equal(character.Bible.IdentityReferences, loaded.Bible.IdentityReferences);
        Assert.Equal(character.Bible.Palette, loaded.Bible.Palette);
        Assert.Equal(character.Bible.Looks, loaded.Bible.Looks);
        Assert.Equal("Party", loaded.Bible.LookFor(7)?.Name);
    }

    [Fact]
    public async Task Take_RoundTrips_OutputsTimesAndStatus()
    {
        var (production, scene, shot) = NewShotChain();
        var take = NewTake(shot, 1);
        take.Status = TakeStatus.Completed;
        take.Outputs = [new TakeOutput("beauty", new string('b', 64), "image/png"), new TakeOutput("depth", new string('d', 64), "image/x-exr")];
        take.StartedAt = T0.AddSeconds(1);
        take.CompletedAt = T0.AddSeconds(3);
        take.HeartbeatAt = T0.AddSeconds(2);
        take.RenderMilliseconds = 1234.5;
        take.Progress = 1;
        take.Attempts = 2;
        take.WorkerId = "host:42:start";
        take.Error = null;
        await SaveAsync(production, scene, shot, take);

        await using var db = fixture.NewContext();
        var loaded = await db.Takes.SingleAsync(t => t.Id == take.Id, Ct);
        Assert.Equal(TakeStatus.Completed, loaded.Status);
        Assert.Equal(take.Outputs, loaded.Outputs);
        Assert.Equal("image/x-exr", loaded.Output("depth")?.MediaType);
        Assert.Equal((T0, T0.AddSeconds(1), T0.AddSeconds(3), T0.AddSeconds(2)), (loaded.QueuedAt, loaded.StartedAt, loaded.CompletedAt, loaded.HeartbeatAt));
        Assert.Equal((take.EngineId, take.EngineVersion, take.Seed, take.ResolvedSheetJson, take.SheetHash), (loaded.EngineId, loaded.EngineVersion, loaded.Seed, loaded.ResolvedSheetJson, loaded.SheetHash));
        Assert.Equal((1234.5, 1.0, 2, "host:42:start"), (loaded.RenderMilliseconds!.Value, loaded.Progress, loaded.Attempts, loaded.WorkerId));
    }

    [Fact]
    public async Task AssetReviewAndApiToken_RoundTrip()
    {
        var (production, scene, shot) = NewShotChain();
        var take = NewTake(shot, 1);
        var asset = new Asset { Sha256 = RandomSha(), MediaType = "image/png", Size = 4096, Width = 64, Height = 32, SourceTakeId = take.Id, ProductionId = production.Id, Parents = [RandomSha()], CreatedAt = T0 };
        var review = new Review { ProductionId = production.Id, ShotId = shot.Id, TakeId = take.Id, Kind = ReviewKind.Reject, Author = "director", Text = "wardrobe is wrong", At = T0 };
        var token = new ApiToken { Name = "ci", TokenHash = ApiToken.HashToken($"token-{Guid.NewGuid()}"), Role = ApiToken.MemberRole, ProductionIds = [production.Id], CreatedAt = T0, LastUsedAt = T0.AddDays(1) };
        await SaveAsync(production, scene, shot, take, asset, review, token);

        await using var db = fixture.NewContext();
        var a = await db.Assets.SingleAsync(x => x.Sha256 == asset.Sha256, Ct);
        Assert.Equal((asset.MediaType, asset.Size, asset.Width, asset.Height, asset.SourceTakeId, asset.ProductionId, asset.CreatedAt), (a.MediaType, a.Size, a.Width, a.Height, a.SourceTakeId, a.ProductionId, a.CreatedAt));
        Assert.Equal(asset.Parents, a.Parents);
        var r = await db.Reviews.SingleAsync(x => x.TakeId == take.Id, Ct);
        Assert.Equal((ReviewKind.Reject, "director", "wardrobe is wrong", T0), (r.Kind, r.Author, r.Text, r.At));
        var t = await db.ApiTokens.SingleAsync(x => x.TokenHash == token.TokenHash, Ct);
        Assert.Equal([production.Id], t.ProductionIds);
        Assert.Equal((ApiToken.MemberRole, T0, T0.AddDays(1), false), (t.Role, t.CreatedAt, t.LastUsedAt, t.Revoked));
        Assert.True(t.MaySee(production.Id));
    }

    [Fact]
    public async Task ApiToken_WithAHashAlreadyStored_IsRefused()
    {
        var hash = ApiToken.HashToken($"token-{Guid.NewGuid()}");
        await SaveAsync(new ApiToken { Name = "first", TokenHash = hash });

        await Assert.ThrowsAsync<DbUpdateException>(() => SaveAsync(new ApiToken { Name = "second", TokenHash = hash }));
    }

    [Fact]
    public async Task Production_WithASlugAlreadyUsed_IsRefused()
    {
        var first = NewProduction();
        await SaveAsync(first);
        var second = NewProduction();
        second.Slug = first.Slug;

        await Assert.ThrowsAsync<DbUpdateException>(() => SaveAsync(second));
    }

    [Fact]
    public async Task ListChangedInPlace_IsSaved()
    {
        var (production, scene, shot) = NewShotChain();
        var token = new ApiToken { Name = "member", TokenHash = ApiToken.HashToken($"token-{Guid.NewGuid()}") };
        await SaveAsync(production, scene, shot, token);
        var extra = Guid.NewGuid();

        await using (var db = fixture.NewContext())
        {
            var s = await db.Shots.SingleAsync(x => x.Id == shot.Id, Ct);
            s.Characters.Add("EDWARD");
            var t = await db.ApiTokens.SingleAsync(x => x.Id == token.Id, Ct);
            t.ProductionIds.Add(extra);
            Assert.Equal(2, await db.SaveChangesAsync(Ct));
        }

        await using (var db = fixture.NewContext())
        {
            Assert.Equal(["EDWARD"], (await db.Shots.SingleAsync(x => x.Id == shot.Id, Ct)).Characters);
            Assert.Equal([extra], (await db.ApiTokens.SingleAsync(x => x.Id == token.Id, Ct)).ProductionIds);
        }
    }

    [Fact]
    public async Task DeletingAProduction_CascadesToScenesShotsTakesReviewsAndCharacters_ButNotAssets()
    {
        var (production, scene, shot) = NewShotChain();
        var take = NewTake(shot, 1);
        var review = new Review { ProductionId = production.Id, ShotId = shot.Id, TakeId = take.Id, Kind = ReviewKind.Approve, Author = "editor" };
        var character = new Character { ProductionId = production.Id, Name = "EDWARD" };
        var asset = new Asset { Sha256 = RandomSha(), MediaType = "image/png", SourceTakeId = take.Id, ProductionId = production.Id };
        await SaveAsync(production, scene, shot, take, review, character, asset);

        await using (var db = fixture.NewContext())
            Assert.Equal(1, await db.Productions.Where(p => p.Id == production.Id).ExecuteDeleteAsync(Ct));

        await using (var db = fixture.NewContext())
        {
            Assert.False(await db.Scenes.AnyAsync(x => x.Id == scene.Id, Ct));
            Assert.False(await db.Shots.AnyAsync(x => x.Id == shot.Id, Ct));
            Assert.False(await db.Takes.AnyAsync(x => x.Id == take.Id, Ct));
            Assert.False(await db.Reviews.AnyAsync(x => x.Id == review.Id, Ct));
            Assert.False(await db.Characters.AnyAsync(x => x.Id == character.Id, Ct));
            Assert.True(await db.Assets.AnyAsync(x => x.Sha256 == asset.Sha256, Ct));
        }
    }

    [Fact]
    public async Task Take_WithANumberAlreadyUsedInTheShot_IsRefused()
    {
        var (production, scene, shot) = NewShotChain();
        await SaveAsync(production, scene, shot, NewTake(shot, 1));

        await Assert.ThrowsAsync<DbUpdateException>(() => SaveAsync(NewTake(shot, 1)));
        await SaveAsync(NewTake(shot, 2));
    }

    [Fact]
    public async Task Takes_OrderAndFilterByADateTimeOffsetColumn()
    {
        var (production, scene, shot) = NewShotChain();
        var late = NewTake(shot, 1, T0.AddHours(2));
        var early = NewTake(shot, 2, T0.AddMinutes(-5));
        var middle = NewTake(shot, 3, T0.AddSeconds(1));
        await SaveAsync(production, scene, shot, late, early, middle);

        await using var db = fixture.NewContext();
        var ordered = await db.Takes.Where(t => t.ShotId == shot.Id).OrderBy(t => t.QueuedAt).Select(t => t.Number).ToListAsync(Ct);
        var after = await db.Takes.Where(t => t.ShotId == shot.Id && t.QueuedAt > T0).OrderByDescending(t => t.QueuedAt).Select(t => t.Number).ToListAsync(Ct);
        var newest = await db.Takes.Where(t => t.ShotId == shot.Id).MaxAsync(t => t.QueuedAt, Ct);

        Assert.Equal([2, 3, 1], ordered);
        Assert.Equal([1, 3], after);
        Assert.Equal(T0.AddHours(2), newest);
    }

    [Fact]
    public async Task ExecuteUpdate_CompareAndSwapOfStatus_SucceedsOnceOnly()
    {
        var (production, scene, shot) = NewShotChain();
        var take = NewTake(shot, 1);
        await SaveAsync(production, scene, shot, take);
        var started = T0.AddMinutes(1);

        await using var db = fixture.NewContext();
        Task<int> Claim(string worker) => db.Takes
            .Where(t => t.Id == take.Id && t.Status == TakeStatus.Queued)
            .ExecuteUpdateAsync(u => u
                .SetProperty(t => t.Status, TakeStatus.Running)
                .SetProperty(t => t.WorkerId, worker)
                .SetProperty(t => t.StartedAt, started)
                .SetProperty(t => t.Attempts, t => t.Attempts + 1), Ct);

        Assert.Equal(1, await Claim("a"));
        Assert.Equal(0, await Claim("b"));
        var loaded = await db.Takes.AsNoTracking().SingleAsync(t => t.Id == take.Id, Ct);
        Assert.Equal((TakeStatus.Running, "a", started, 1), (loaded.Status, loaded.WorkerId, loaded.StartedAt, loaded.Attempts));
    }

    private async Task SaveAsync(params object[] entities)
    {
        await using var db = fixture.NewContext();
        db.AddRange(entities);
        await db.SaveChangesAsync(Ct);
    }

    private static Production NewProduction(Guid organizationId = default)
    {
        var name = $"Brick and Steel {Guid.NewGuid():N}";
        return new Production { OrganizationId = organizationId, Name = name, Slug = Production.SlugFor(name), SigningIdentity = SigningIdentity.PlaceholderFor(name), CreatedAt = T0 };
    }

    private static Scene NewScene(Guid productionId, Guid draftId = default) => new()
    {
        ProductionId = productionId,
        ScriptDraftId = draftId,
        Ordinal = 1,
        Number = "1",
        Heading = "INT. FOUNDRY - NIGHT",
        IntExt = "INT",
        Location = "FOUNDRY",
        TimeOfDay = "NIGHT",
        SourceLine = 7,
    };

    private static Shot NewShot(Scene scene) => new() { ProductionId = scene.ProductionId, SceneId = scene.Id, Code = "1A", Ordinal = 1, Description = "Mara at the furnace", EstimatedSeconds = 3.5 };

    private static (Production, Scene, Shot) NewShotChain()
    {
        var production = NewProduction();
        var scene = NewScene(production.Id);
        return (production, scene, NewShot(scene));
    }

    private static Take NewTake(Shot shot, int number, DateTimeOffset? queuedAt = null)
    {
        var resolved = ControlSheetResolver.Resolve(new SheetLayer(SheetLevel.Shot, ControlSheet.Empty.Set(KnobNames.Seed, 7)));
        return new Take
        {
            ProductionId = shot.ProductionId,
            ShotId = shot.Id,
            Number = number,
            EngineId = "previs",
            EngineVersion = "1.0.0",
            Seed = 7,
            ResolvedSheetJson = resolved.CanonicalJson,
            SheetHash = resolved.Hash,
            QueuedAt = queuedAt ?? T0,
        };
    }

    private static string RandomSha() => Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()) + Convert.ToHexStringLower(Guid.NewGuid().ToByteArray());
}

public sealed class SqliteDataLayerTests(SqliteDatabaseFixture fixture) : DataLayerTests(fixture), IClassFixture<SqliteDatabaseFixture>
{
    [Fact]
    public async Task Migrate_TurnsOnWriteAheadLogging()
    {
        await using var db = fixture.NewContext();

        var mode = await db.Database.SqlQueryRaw<string>("SELECT journal_mode AS \"Value\" FROM pragma_journal_mode").SingleAsync(Ct);

        Assert.Equal("wal", mode);
    }
}

public sealed class PostgresDataLayerTests(PostgresDatabaseFixture fixture) : DataLayerTests(fixture), IClassFixture<PostgresDatabaseFixture>;
