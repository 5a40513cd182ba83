using Backlot.Domain.Sheets;
using Backlot.Studio.Auth;
using Backlot.Studio.Renders;
using Backlot.Studio.Shots;
using Backlot.Studio.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Backlot.Studio.Tests.Shots;

/// <summary>A person's edits to the shot plan, and re-planning that leaves them alone.</summary>
public sealed class ShotEditorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Edit_ChangesTheShotAndMarksItEdited()
    {
        await using var studio = StudioHarness.Create();
        var import = await studio.ImportSampleAsync();
        var editor = studio.Get<ShotEditor>();
        var id = await editor.FindAsync(AccessScope.Local, import.ProductionId, "3c", Ct);

        await editor.EditAsync(AccessScope.Local, id, new ShotChanges(Size: "cu", Lens: 85, Angle: "LOW", Description: "Maya's eyes on the label", EstimatedSeconds: 3.25), Ct);

        var shot = await ShotAsync(studio, id);
        Assert.Equal(("CU", 85.0, "low"), (shot.Sheet.Get(KnobNames.Size)!.Text, shot.Sheet.Get(KnobNames.Lens)!.Number, shot.Sheet.Get(KnobNames.Angle)!.Text));
        Assert.Equal(("Maya's eyes on the label", 3.3, true), (shot.Description, shot.EstimatedSeconds, shot.EditedByUser));
    }

    [Theory]
    [InlineData("Size", "size 'HUGE' is not one of EWS, WS, FS, MS, MCU, CU, ECU")]
    [InlineData("Framing", "framing 'dutch' is not one of")]
    [InlineData("Lens", "lens 2 mm is outside 8–600 mm")]
    [InlineData("Characters", "no character named NOBODY in this production")]
    public async Task Edit_WithABadValue_NamesItAndChangesNothing(string field, string message)
    {
        await using var studio = StudioHarness.Create();
        var import = await studio.ImportSampleAsync();
        var editor = studio.Get<ShotEditor>();
        var id = await editor.FindAsync(AccessScope.Local, import.ProductionId, "3C", Ct);
        var before = await ShotAsync(studio, id);
        var changes = field switch
        {
            "Size" => new ShotChanges(Size: "HUGE", Description: "changed"),
            "Framing" => new ShotChanges(Framing: "dutch"),
            "Lens" => new ShotChanges(Lens: 2),
            _ => new ShotChanges(Characters: ["MAYA", "NOBODY"]),
        };

        var error = await Assert.ThrowsAsync<StudioException>(() => editor.EditAsync(AccessScope.Local, id, changes, Ct));

        Assert.Equal(StudioErrorKind.Invalid, error.Kind);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        var after = await ShotAsync(studio, id);
        Assert.Equal((before.Description, before.Sheet, before.EditedByUser), (after.Description, after.Sheet, after.EditedByUser));
    }

    [Fact]
    public async Task Edit_OfALockedKnob_IsRefusedUntilUnlocked()
    {
        await using var studio = StudioHarness.Create();
        var import = await studio.ImportSampleAsync();
        var editor = studio.Get<ShotEditor>();
        var id = await editor.FindAsync(AccessScope.Local, import.ProductionId, "3C", Ct);
        await editor.LockAsync(AccessScope.Local, id, [KnobNames.Lens], locked: true, Ct);

        var error = await Assert.ThrowsAsync<StudioException>(() => editor.EditAsync(AccessScope.Local, id, new ShotChanges(Lens: 85), Ct));
        Assert.Contains("'lens' is locked on shot 3C", error.Message, StringComparison.Ordinal);

        await editor.LockAsync(AccessScope.Local, id, [KnobNames.Lens], locked: false, Ct);
        await editor.EditAsync(AccessScope.Local, id, new ShotChanges(Lens: 85), Ct);
        Assert.Equal(85.0, (await ShotAsync(studio, id)).Sheet.Get(KnobNames.Lens)!.Number);
    }

    [Fact]
    public async Task Add_AfterAShot_TakesTheFirstFreeCodeAndItsPlace()
    {
        await using var studio = StudioHarness.Create();
        var import = await studio.ImportSampleAsync();
        var editor = studio.Get<ShotEditor>();

        var id = await editor.AddAsync(
            AccessScope.Local, import.ProductionId, "1", new ShotChanges(Size: "ECU", Framing: "insert", Description: "The label: REEL 6 OF 6"), afterCode: "1A", Ct);

        var shots = await SceneShotsAsync(studio, "1");
        Assert.Equal(["1A", "1E", "1B", "1C", "1D"], shots.Select(s => s.Code));
        Assert.Equal(id, shots[1].Id);
        Assert.Equal(("ECU", "insert", true), (shots[1].Sheet.Get(KnobNames.Size)!.Text, shots[1].Framing, shots[1].EditedByUser));
        Assert.Equal([1, 2, 3, 4, 5], shots.Select(s => s.Ordinal));
    }

    [Fact]
    public async Task Move_ReordersTheSceneAndKeepsCodes()
    {
        await using var studio = StudioHarness.Create();
        var import = await studio.ImportSampleAsync();
        var editor = studio.Get<ShotEditor>();
        var id = await editor.FindAsync(AccessScope.Local, import.ProductionId, "1D", Ct);

        await editor.MoveAsync(AccessScope.Local, id, 2, Ct);

        Assert.Equal(["1A", "1D", "1B", "1C"], (await SceneShotsAsync(studio, "1")).Select(s => s.Code));
        var error = await Assert.ThrowsAsync<StudioException>(() => editor.MoveAsync(AccessScope.Local, id, 9, Ct));
        Assert.Contains("position 9", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Omit_TakesTheShotOutOfRendersButKeepsItsCode()
    {
        await using var studio = StudioHarness.Create();
        var import = await studio.ImportSmallSampleAsync();
        var editor = studio.Get<ShotEditor>();
        var id = await editor.FindAsync(AccessScope.Local, import.ProductionId, "1B", Ct);

        await editor.OmitAsync(AccessScope.Local, id, omitted: true, Ct);
        var (plan, _) = await studio.RenderAsync(new RenderSelection(import.ProductionId.ToString(), Scene: "1"));
        var added = await editor.AddAsync(AccessScope.Local, import.ProductionId, "1", new ShotChanges(), cancellationToken: Ct);

        Assert.DoesNotContain(plan.Takes, t => t.ShotCode == "1B");
        Assert.Equal("1E", (await ShotAsync(studio, added)).Code);
        var queries = studio.Get<Backlot.Studio.Queries.StudioQueries>();
        Assert.DoesNotContain(await queries.ShotsAsync(AccessScope.Local, import.ProductionId, "1", Ct), s => s.Code == "1B");
        Assert.Contains(await queries.ShotsAsync(AccessScope.Local, import.ProductionId, "1", includeOmitted: true, Ct), s => s.Code == "1B" && s.Omitted);
    }

    [Fact]
    public async Task Replan_KeepsEditedLockedAndOmittedShots_AndPlansTheRestAgain()
    {
        await using var studio = StudioHarness.Create();
        var import = await studio.ImportSampleAsync();
        var editor = studio.Get<ShotEditor>();
        var before = await SceneShotsAsync(studio, "3");
        await editor.EditAsync(AccessScope.Local, before[1].Id, new ShotChanges(Description: "Push in slowly"), Ct);
        await editor.LockAsync(AccessScope.Local, before[2].Id, [KnobNames.Size], locked: true, Ct);
        await editor.OmitAsync(AccessScope.Local, before[3].Id, omitted: true, Ct);

        var result = await editor.ReplanAsync(AccessScope.Local, import.ProductionId, "3", Ct);

        var after = await SceneShotsAsync(studio, "3");
        Assert.Equal((3, before.Count - 3, before.Count - 3), (result.Kept, result.Removed, result.Added));
        Assert.Equal(before.Select(s => s.Code), after.Select(s => s.Code));
        Assert.Equal(before.Skip(1).Take(3).Select(s => s.Id), after.Skip(1).Take(3).Select(s => s.Id));
        Assert.Equal("Push in slowly", after[1].Description);
        Assert.True(after[3].Omitted);
        Assert.DoesNotContain(after[0].Id, before.Select(s => s.Id));
    }

    [Fact]
    public async Task Replan_OfAnUnknownScene_IsNotFound()
    {
        await using var studio = StudioHarness.Create();
        var import = await studio.ImportSampleAsync();

        var error = await Assert.ThrowsAsync<StudioException>(() => studio.Get<ShotEditor>().ReplanAsync(AccessScope.Local, import.ProductionId, "99", Ct));

        Assert.Equal(StudioErrorKind.NotFound, error.Kind);
    }

    private static async Task<Domain.Shots.Shot> ShotAsync(StudioHarness studio, Guid id)
    {
        await using var db = await studio.OpenDbAsync();
        return await db.Shots.AsNoTracking().SingleAsync(s => s.Id == id, Ct);
    }

    private static async Task<List<Domain.Shots.Shot>> SceneShotsAsync(StudioHarness studio, string scene)
    {
        await using var db = await studio.OpenDbAsync();
        var sceneId = await db.Scenes.Where(s => s.Number == scene && !s.Archived).Select(s => s.Id).SingleAsync(Ct);
        return await db.Shots.AsNoTracking().Where(s => s.SceneId == sceneId).OrderBy(s => s.Ordinal).ToListAsync(Ct);
    }
}
