using System.Text;
using Backlot.Screenplay.Fountain;
using static Backlot.Screenplay.Tests.Support.FountainText;

namespace Backlot.Screenplay.Tests.Fountain;

public sealed class FountainEncodingTests
{
    private static readonly string Script = Lines("Title: Café Noir", "", "INT. CAFÉ - NIGHT", "", "ZOË", "Un café, s'il vous plaît.");

    private static void AssertReadsScript(ParsedScript script)
    {
        Assert.Equal("Café Noir", script.Title);
        var scene = Assert.Single(script.Scenes);
        Assert.Equal(("CAFÉ", 3), (scene.Location, scene.SourceLine));
        Assert.Equal(["ZOË"], scene.Cast);
        Assert.Equal(new ScriptElement(ElementKind.Dialogue, "Un café, s'il vous plaît.", 6, "ZOË"), scene.Elements[1]);
    }

    [Fact]
    public void Parse_Utf8WithoutBom_Reads() => AssertReadsScript(FountainParser.Parse(Encoding.UTF8.GetBytes(Script)));

    [Fact]
    public void Parse_Utf8WithBom_Reads() =>
        AssertReadsScript(FountainParser.Parse([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Script)]));

    [Fact]
    public void Parse_Utf16LittleEndianWithBom_Reads() =>
        AssertReadsScript(FountainParser.Parse([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Script)]));

    [Fact]
    public void Parse_Utf16BigEndianWithBom_Reads() =>
        AssertReadsScript(FountainParser.Parse([.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Script)]));

    [Fact]
    public void Parse_CrLfLineEnds_KeepLineNumbers() =>
        AssertReadsScript(FountainParser.Parse(Encoding.UTF8.GetBytes(Script.Replace("\n", "\r\n", StringComparison.Ordinal))));

    [Fact]
    public void Parse_StringWithBomCharacter_Reads() => AssertReadsScript(FountainParser.Parse("\uFEFF" + Script));
}
