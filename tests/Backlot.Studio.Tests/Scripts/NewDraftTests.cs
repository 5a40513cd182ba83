using System.Text;
using Backlot.Domain.Scenes;
using Backlot.Domain.Sheets;
using Backlot.Domain.Takes;
using Backlot.Studio.Demo;
using Backlot.Studio.Renders;
using Backlot.Studio.Scripts;
using Backlot.Studio.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Backlot.Studio.Tests.Scripts;

/// <summary>A new draft of a script already in a production: what is kept, flagged, planned and archived.</summary>
public sealed class NewDraftTests
{
    private const string Garage = "INT. WALT'S GARAGE - DAY";
    private const string Auditorium = "INT. ORPHEUM AUDITORIUM - NIGHT";
    private const string TheatreAtNight = "EXT. ORPHEUM THEATRE - NIGHT";

    private const string HardwareStore = """
        INT. HARDWARE STORE - DAY

        Dev slaps a roll of tape on the counter. The CLERK peers at it over his glasses.

        DEV
        Is this the kind that holds film together?

        CLERK
        It holds everything together, son.


        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The sample with three scenes' dialogue edited (2, 3 and 6), scene 5 cut and a scene added after 3.</summary>
    internal static string SecondDraft()
    {
        var text = Sample();
        text = Edit(text, "Forty-two feet of frontage.", "Forty-two feet of frontage on Main Street.");
        text = Edit(text, "These are dailies. Outtakes.", "These are dailies. Outtakes. Trims nobody catalogued.");
        text = Edit(text, "Grantsville was never any good at quiet.", "Grantsville was never much good at quiet.");
        var cut = text.IndexOf(Auditorium, StringComparison.Ordinal);
        text = text.Remove(cut, text.IndexOf(TheatreAtNight, StringComparison.Ordinal) - cut);
        return text.Insert(text.LastIndexOf("INT. ORPHEUM PROJECTION BOOTH - NIGHT", StringComparison.Ordinal), HardwareStore);
    }

    [Fact]
    public async Task NewDraft_ThreeChangedOneCutOneAdded_KeepsWhatWasThere_FlagsTheChanged_ArchivesTheCut_AndPlansTheNew()
    {
        await using var studio = StudioHarness.Create();
        var first = await studio.ImportSmallSampleAsync();
        foreach (var number in new[] { "1", "2", "4", "5", "6" })
            await studio.RenderAsync(new RenderSelection(first.ProductionId.ToString(), Scene: number));
        await MarkEditedAsync(studio, "3B");
        await studio.ChangeShotSheetAsync(first.ProductionId, "3C", s => s.Lock(KnobNames.Lens));
        var before = await SnapshotAsync(studio);

        var second = await ImportAsync(studio, SecondDraft());

        Assert.Equal((2, 1, 5, 3, 1), (second.DraftNumber, second.ScenesAdded, second.ScenesKept, second.ScenesChanged, second.ScenesArchived));
        var after = await SnapshotAsync(studio);
        foreach (var number in new[] { "1", "4" })
        {
            var scene = after.Scene(number);
            Assert.Equal(before.Scene(number).Id, scene.Id);
            Assert.Equal((DraftStatus.Unchanged, 1), (scene.DraftStatus, scene.ChangedInDraft));
            Assert.Equal(before.ShotIds(number), after.ShotIds(number));
            Assert.Equal(before.TakeIds(number), after.TakeIds(number));
            Assert.NotEmpty(after.TakeIds(number));
        }

        foreach (var number in new[] { "2", "3", "6" })
        {
            var scene = after.Scene(number);
            Assert.Equal(before.Scene(number).Id, scene.Id);
            Assert.Equal((DraftStatus.Changed, 2), (scene.DraftStatus, scene.ChangedInDraft));
            Assert.Equal(before.TakeIds(number), after.TakeIds(number));
        }

        // Rendered shots of changed scenes are all kept.
        Assert.Equal(before.ShotIds("2"), after.ShotIds("2"));
        Assert.Equal(before.ShotIds("6"), after.ShotIds("6"));

        // Scene 3 was not rendered: its untouched shots are planned again; the edited and the locked shots are kept.
        var garage = after.Shots("3");
        Assert.Equal(["3A", "3B", "3C", "3D", "3E", "3F", "3G"], garage.Select(s => s.Code));
        Assert.DoesNotContain(garage[0].Id, before.ShotIds("3"));
        Assert.Equal(before.Shots("3")[1].Id, garage[1].Id);
        Assert.True(garage[1].EditedByUser);
        Assert.Equal(before.Shots("3")[2].Id, garage[2].Id);
        Assert.True(garage[2].Sheet.Knobs[KnobNames.Lens].Locked);
        Assert.Equal(5, second.ShotsReplaced);

        var cut = after.Scene("5");
        Assert.Equal(Auditorium, cut.Heading);
        Assert.True(cut.Archived);
        Assert.Equal(before.ShotIds("5"), after.ShotIds("5"));
        Assert.Equal(before.TakeIds("5"), after.TakeIds("5"));
        Assert.NotEmpty(after.TakeIds("5"));

        var added = after.Scene("3A");
        Assert.Equal("INT. HARDWARE STORE - DAY", added.Heading);
        Assert.Equal((DraftStatus.New, 2, false), (added.DraftStatus, added.ChangedInDraft, added.Archived));
        Assert.Equal(["3AA", "3AB", "3AC", "3AD"], after.Shots("3A").Select(s => s.Code));
        Assert.Equal(second.ShotsPlanned, after.Shots("3A").Count + 5);
        Assert.Equal(
            ["1", "2", "3", "3A", "4", "6"],
            after.Scenes.Where(s => !s.Archived).OrderBy(s => s.Ordinal).Select(s => s.Number));
    }

    [Fact]
    public async Task NewDraft_WithTheSameScenes_ChangesNoSceneShotOrTake()
    {
        await using var studio = StudioHarness.Create();
        var first = await studio.ImportSmallSampleAsync();
        await studio.RenderAsync(new RenderSelection(first.ProductionId.ToString(), Scene: "2"));
        var before = await SnapshotAsync(studio);

        var second = await ImportAsync(studio, Edit(Sample(), "Draft date: 2025-06-01", "Draft date: 2025-07-15"));

        Assert.False(second.AlreadyImported);
        Assert.Equal((2, 0, 6, 0, 0, 0), (second.DraftNumber, second.ScenesAdded, second.ScenesKept, second.ScenesChanged, second.ScenesArchived, second.ShotsPlanned));
        var after = await SnapshotAsync(studio);
        Assert.Equal(before.Scenes.Select(s => (s.Id, s.Number)), after.Scenes.Select(s => (s.Id, s.Number)));
        Assert.All(after.Scenes, s => Assert.Equal((DraftStatus.Unchanged, 1), (s.DraftStatus, s.ChangedInDraft)));
        Assert.Equal(before.AllShotIds, after.AllShotIds);
        Assert.Equal(before.AllTakeIds, after.AllTakeIds);
    }

    [Fact]
    public async Task NewDraft_OfTheSameBytes_IsAlreadyImported_AndLeavesTheDraftFlagsAsTheyWere()
    {
        await using var studio = StudioHarness.Create();
        await studio.ImportSampleAsync();
        await ImportAsync(studio, SecondDraft());
        var before = await SnapshotAsync(studio);

        var again = await ImportAsync(studio, SecondDraft());

        Assert.True(again.AlreadyImported);
        var after = await SnapshotAsync(studio);
        Assert.Equal(
            before.Scenes.Select(s => (s.Id, s.DraftStatus, s.ChangedInDraft, s.Archived)),
            after.Scenes.Select(s => (s.Id, s.DraftStatus, s.ChangedInDraft, s.Archived)));
        Assert.Equal(before.AllShotIds, after.AllShotIds);
    }

    [Fact]
    public async Task NewDraft_WithARenamedHeadingAndTheSameText_IsMatchedByItsText()
    {
        await using var studio = StudioHarness.Create();
        await studio.ImportSampleAsync();
        var before = await SnapshotAsync(studio);

        var second = await ImportAsync(studio, Edit(Sample(), Garage, "INT. WALT'S BARN - DAY"));

        Assert.Equal((0, 1, 0), (second.ScenesAdded, second.ScenesChanged, second.ScenesArchived));
        var after = await SnapshotAsync(studio);
        var barn = after.Scene("3");
        Assert.Equal(before.Scene("3").Id, barn.Id);
        Assert.Equal(("INT. WALT'S BARN - DAY", DraftStatus.Changed, 2), (barn.Heading, barn.DraftStatus, barn.ChangedInDraft));
        Assert.Equal(before.ShotIds("3").Count, after.ShotIds("3").Count);
    }

    [Fact]
    public async Task NewDraft_WithSceneNumbers_MatchesScenesByNumber_EvenWhenHeadingAndTextWereRewritten()
    {
        await using var studio = StudioHarness.Create();
        await ImportAsync(studio, Numbered(("1", "INT. KITCHEN - DAY", "Anna burns the toast."), ("2", "EXT. GARDEN - DAY", "Ben digs."), ("2A", "INT. ATTIC - NIGHT", "A trunk.")));
        var before = await SnapshotAsync(studio);

        var second = await ImportAsync(studio, Numbered(
            ("2A", "INT. ATTIC - NIGHT", "A trunk."),
            ("1", "INT. DINING ROOM - DAY", "Grandmother lays out the good china, plate by plate."),
            ("2", "EXT. GARDEN - DAY", "Ben digs."),
            ("3", "EXT. GARDEN - NIGHT", "Ben digs by lamplight.")));

        Assert.Equal((1, 3, 1, 0), (second.ScenesAdded, second.ScenesKept, second.ScenesChanged, second.ScenesArchived));
        var after = await SnapshotAsync(studio);
        foreach (var number in new[] { "1", "2", "2A" })
            Assert.Equal(before.Scene(number).Id, after.Scene(number).Id);
        Assert.Equal(("INT. DINING ROOM - DAY", DraftStatus.Changed), (after.Scene("1").Heading, after.Scene("1").DraftStatus));
        Assert.Equal(DraftStatus.Unchanged, after.Scene("2").DraftStatus);
        Assert.Equal((1, DraftStatus.Unchanged), (after.Scene("2A").Ordinal, after.Scene("2A").DraftStatus));
        Assert.Equal(DraftStatus.New, after.Scene("3").DraftStatus);
        Assert.True(after.Scenes.All(s => s.NumberFromScript));
    }

    [Fact]
    public async Task NewDraft_TwoScenesWithTheSameHeading_EachEditedAndSwapped_AreMatchedByTheirText()
    {
        await using var studio = StudioHarness.Create();
        await studio.ImportSampleAsync();
        var before = await SnapshotAsync(studio);
        var text = Edit(Sample(), "No. No, no, no. Not you. Not tonight.", "No. Not you. Not tonight of all nights.");
        text = Edit(text, "Two hundred and eleven.", "Two hundred and twelve.");
        var booth = text.IndexOf("INT. ORPHEUM PROJECTION BOOTH - NIGHT", StringComparison.Ordinal);
        var lateBooth = text.LastIndexOf("INT. ORPHEUM PROJECTION BOOTH - NIGHT", StringComparison.Ordinal);
        var lateBoothEnd = text.IndexOf(Auditorium, StringComparison.Ordinal);
        var lateScene = text[lateBooth..lateBoothEnd];
        text = text.Remove(lateBooth, lateScene.Length).Insert(booth, lateScene);

        var second = await ImportAsync(studio, text);

        Assert.Equal((0, 2, 0), (second.ScenesAdded, second.ScenesChanged, second.ScenesArchived));
        var after = await SnapshotAsync(studio);
        Assert.Equal(before.Scene("4").Id, after.Scenes.Single(s => s.Ordinal == 1 && !s.Archived).Id);
        Assert.Equal(before.Scene("1").Id, after.Scenes.Single(s => s.Ordinal == 2 && !s.Archived).Id);
        Assert.Equal(["4", "1", "2", "3", "5", "6"], after.Scenes.OrderBy(s => s.Ordinal).Select(s => s.Number));
    }

    [Fact]
    public async Task NewDraft_OverScenesImportedBeforeTextsWereKept_ReadsTheirTextsFromTheDraftTheyCameFrom()
    {
        await using var studio = StudioHarness.Create();
        await studio.ImportSampleAsync();
        await using (var db = await studio.OpenDbAsync())
            await db.Scenes.ExecuteUpdateAsync(s => s.SetProperty(x => x.Text, (string?)null).SetProperty(x => x.TextHash, (string?)null), Ct);
        var before = await SnapshotAsync(studio);

        var second = await ImportAsync(studio, Edit(SecondDraft(), "Draft date: 2025-06-01", "Draft date: 2025-07-15"));

        Assert.Equal((1, 5, 3, 1), (second.ScenesAdded, second.ScenesKept, second.ScenesChanged, second.ScenesArchived));
        var after = await SnapshotAsync(studio);
        Assert.Equal(DraftStatus.Unchanged, after.Scene("4").DraftStatus);
        Assert.Equal(before.Scene("4").Id, after.Scene("4").Id);
    }

    private static string Sample() => Encoding.UTF8.GetString(SampleProduction.Script());

    private static string Edit(string text, string from, string to)
    {
        Assert.Contains(from, text, StringComparison.Ordinal);
        return text.Replace(from, to, StringComparison.Ordinal);
    }

    private static string Numbered(params (string Number, string Heading, string Action)[] scenes) =>
        "Title: Numbers\n\n" + string.Concat(scenes.Select(s => $"{s.Heading} #{s.Number}#\n\n{s.Action}\n\n"));

    private static Task<ImportResult> ImportAsync(StudioHarness studio, string script) =>
        studio.Get<ScriptImporter>().ImportAsync("draft.fountain", Encoding.UTF8.GetBytes(script), null, null, Ct);

    private static async Task MarkEditedAsync(StudioHarness studio, string code)
    {
        await using var db = await studio.OpenDbAsync();
        var shot = await db.Shots.SingleAsync(s => s.Code == code, Ct);
        shot.EditedByUser = true;
        shot.Description = "MAYA reads the labels, one can at a time: a slow push in.";
        await db.SaveChangesAsync(Ct);
    }

    private static async Task<Snapshot> SnapshotAsync(StudioHarness studio)
    {
        await using var db = await studio.OpenDbAsync();
        return new Snapshot(
            await db.Scenes.AsNoTracking().OrderBy(s => s.Archived).ThenBy(s => s.Ordinal).ToListAsync(Ct),
            await db.Shots.AsNoTracking().OrderBy(s => s.Ordinal).ToListAsync(Ct),
            await db.Takes.AsNoTracking().ToListAsync(Ct));
    }

    private sealed record Snapshot(List<Scene> Scenes, List<Domain.Shots.Shot> AllShots, List<Take> Takes)
    {
        public List<Guid> AllShotIds => [.. AllShots.Select(s => s.Id).Order()];

        public List<Guid> AllTakeIds => [.. Takes.Select(t => t.Id).Order()];

        public Scene Scene(string number) => Scenes.Single(s => s.Number == number);

        public List<Domain.Shots.Shot> Shots(string number) => [.. AllShots.Where(s => s.SceneId == Scene(number).Id)];

        public List<Guid> ShotIds(string number) => [.. Shots(number).Select(s => s.Id).Order()];

        public List<Guid> TakeIds(string number)
        {
            var shots = ShotIds(number);
            return [.. Takes.Where(t => shots.Contains(t.ShotId)).Select(t => t.Id).Order()];
        }
    }
}
