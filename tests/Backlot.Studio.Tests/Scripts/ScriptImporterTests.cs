using System.Text;
using Backlot.Studio.Demo;
using Backlot.Studio.Scripts;
using Backlot.Studio.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Backlot.Studio.Tests.Scripts;

public sealed class ScriptImporterTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Import_OfTheSample_GivesItsScenesCharactersAndAShotPlan()
    {
        await using var studio = StudioHarness.Create();

        var result = await studio.ImportSampleAsync();

        var counts = await studio.CountAsync();
        Assert.False(result.AlreadyImported);
        Assert.Equal("THE LAST REEL", result.ProductionName);
        Assert.Equal(1, result.DraftNumber);
        Assert.True(result.Scenes >= 5, $"{result.Scenes} scenes");
        Assert.True(result.Characters >= 4, $"{result.Characters} characters");
        Assert.True(result.ShotsPlanned >= 15, $"{result.ShotsPlanned} shots");
        Assert.Equal(new DataCounts(1, 1, result.Scenes, result.Characters, result.ShotsPlanned, 0, 1, 1), counts);
    }

    [Fact]
    public async Task Import_AppliesTheCharacterBibles()
    {
        await using var studio = StudioHarness.Create();

        await studio.ImportSampleAsync();

        await using var db = await studio.OpenDbAsync();
        var maya = await db.Characters.SingleAsync(c => c.Name == "MAYA", Ct);
        Assert.NotEmpty(maya.Bible.Looks);
    }

    [Fact]
    public async Task Import_OfTheSameBytesAgain_ChangesNothing()
    {
        await using var studio = StudioHarness.Create();
        var first = await studio.ImportSampleAsync();
        var before = await studio.CountAsync();

        var again = await studio.ImportSampleAsync();

        Assert.True(again.AlreadyImported);
        Assert.Equal(first.ProductionId, again.ProductionId);
        Assert.Equal(first.DraftId, again.DraftId);
        Assert.Equal((first.Scenes, first.Characters), (again.Scenes, again.Characters));
        Assert.Equal(0, again.ShotsPlanned);
        Assert.Equal(before, await studio.CountAsync());
    }

    public static TheoryData<string, byte[], string> BadFiles() => new()
    {
        { "poster.fountain", PngHeader(), "not a text file" },
        { "empty.fountain", [], "the file is empty" },
        { "blank.fountain", "\n\n   \n"u8.ToArray(), "the file is empty" },
        { "notes.fountain", "Just some notes about the film.\n\nNo scenes yet.\n"u8.ToArray(), "no scene headings" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Import_OfAFileThatIsNotAScreenplay_NamesTheFileAndTheProblem_AndLeavesTheProductionAsItWas(
        string fileName, byte[] content, string problem)
    {
        await using var studio = StudioHarness.Create();
        var sample = await studio.ImportSampleAsync();
        var before = await studio.CountAsync();

        var e = await Assert.ThrowsAsync<StudioException>(
            () => studio.Get<ScriptImporter>().ImportAsync(fileName, content, sample.ProductionName, null, Ct));

        Assert.Equal(StudioErrorKind.Invalid, e.Kind);
        Assert.StartsWith($"{fileName}: ", e.Message, StringComparison.Ordinal);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
        Assert.Equal(before, await studio.CountAsync());
    }

    [Fact]
    public async Task Import_OfAFileOverTheSizeLimit_IsRefusedBeforeReading_AndLeavesTheProductionAsItWas()
    {
        await using var studio = StudioHarness.Create();
        var sample = await studio.ImportSampleAsync();
        var before = await studio.CountAsync();
        var oversized = OversizedScreenplay(studio.Options.MaxScriptBytes);

        var e = await Assert.ThrowsAsync<StudioException>(
            () => studio.Get<ScriptImporter>().ImportAsync("epic.fountain", oversized, sample.ProductionName, null, Ct));

        Assert.Equal(StudioErrorKind.Invalid, e.Kind);
        Assert.Contains("epic.fountain", e.Message, StringComparison.Ordinal);
        Assert.Contains($"{studio.Options.MaxScriptBytes:N0}-byte limit", e.Message, StringComparison.Ordinal);
        Assert.Equal(before, await studio.CountAsync());
    }

    [Fact]
    public async Task Import_OfABadFileIntoAFreshDataFolder_CreatesNoProduction()
    {
        await using var studio = StudioHarness.Create();

        await Assert.ThrowsAsync<StudioException>(() => studio.Get<ScriptImporter>().ImportAsync("poster.fountain", PngHeader(), null, null, Ct));

        Assert.Equal(new DataCounts(0, 0, 0, 0, 0, 0, 0, 0), await studio.CountAsync());
    }

    /// <summary>The first bytes of a PNG file: signature and IHDR chunk, NULs included.</summary>
    private static byte[] PngHeader() =>
    [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
        0x00, 0x00, 0x01, 0x40, 0x00, 0x00, 0x00, 0xB4, 0x08, 0x02, 0x00, 0x00, 0x00,
    ];

    /// <summary>A real screenplay repeated until it is one byte over the limit: only its size is wrong.</summary>
    private static byte[] OversizedScreenplay(long limit)
    {
        var script = SampleProduction.Script();
        var text = new StringBuilder();
        while (text.Length <= limit)
            text.Append(Encoding.UTF8.GetString(script)).Append('\n');
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        return bytes[..(int)(limit + 1)];
    }
}
