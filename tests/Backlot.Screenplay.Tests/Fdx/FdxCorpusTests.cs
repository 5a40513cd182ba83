using Backlot.Screenplay.Tests.Support;

namespace Backlot.Screenplay.Tests.Fdx;

/// <summary>Each .fdx of the corpus reads the same as the .fountain of the same name.</summary>
public sealed class FdxCorpusTests
{
    private const string Missing = "(corpus not found)";

    public static TheoryData<string> FdxFiles()
    {
        var data = new TheoryData<string>();
        if (RepoPaths.Corpus is { } corpus)
        {
            foreach (var file in Directory.GetFiles(corpus, "*.fdx").Order(StringComparer.Ordinal))
                data.Add(Path.GetFileName(file));
        }

        if (data.Count == 0)
            data.Add(Missing);
        return data;
    }

    [Theory]
    [MemberData(nameof(FdxFiles))]
    public void Parse_CorpusFdx_AgreesWithItsFountain(string fileName)
    {
        if (fileName == Missing || RepoPaths.Corpus is not { } corpus)
        {
            Assert.Skip("../shared/corpus/screenplays is not next to the repository");
            return;
        }

        var fdxPath = Path.Combine(corpus, fileName);
        var fountainPath = Path.ChangeExtension(fdxPath, ".fountain");
        Assert.True(File.Exists(fountainPath), $"{fileName} has no matching .fountain");
        var fountain = Read(fountainPath);
        var fdx = Read(fdxPath);

        if (fountain.Error is { } fountainError)
        {
            // note.fountain / note.fdx hold an action and a note but no heading: both readers must say so.
            Assert.StartsWith("no scene headings found", fountainError, StringComparison.Ordinal);
            Assert.NotNull(fdx.Error);
            Assert.StartsWith("no scene headings found", fdx.Error, StringComparison.Ordinal);
            return;
        }

        Assert.Null(fdx.Error);
        var (a, b) = (fountain.Script!, fdx.Script!);
        Assert.Equal(a.Scenes.Select(s => (s.Heading, s.Number)), b.Scenes.Select(s => (s.Heading, s.Number)));
        Assert.Equal(a.Characters.Select(c => (c.Name, c.DialogueCount)), b.Characters.Select(c => (c.Name, c.DialogueCount)));
        Assert.Equal(
            a.Scenes.Select(s => s.Elements.Select(e => (e.Kind, e.PlainText, e.Character, e.Dual)).ToList()),
            b.Scenes.Select(s => s.Elements.Select(e => (e.Kind, e.PlainText, e.Character, e.Dual)).ToList()));
    }

    private static (ParsedScript? Script, string? Error) Read(string path)
    {
        try
        {
            return (ScriptParser.Parse(path, File.ReadAllBytes(path)), null);
        }
        catch (ScriptFormatException e)
        {
            return (null, e.Message);
        }
    }
}
