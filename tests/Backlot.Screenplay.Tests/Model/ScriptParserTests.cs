using System.Text;
using static Backlot.Screenplay.Tests.Fdx.FdxDocuments;

namespace Backlot.Screenplay.Tests.Model;

public sealed class ScriptParserTests
{
    private static readonly byte[] Fountain = Encoding.UTF8.GetBytes("INT. ROOM - DAY\n\nBOB\nHi.\n");

    [Theory]
    [InlineData("a.fountain", "fountain")]
    [InlineData("a.FDX", "fdx")]
    [InlineData("a.spmd", "fountain")]
    public void Parse_ByExtension_ChoosesTheReader(string name, string format)
    {
        var bytes = format == "fdx" ? Script(P("Scene Heading", "INT. ROOM - DAY")) : Fountain;

        Assert.Equal(format, ScriptParser.Parse(name, bytes).Format);
    }

    [Fact]
    public void Parse_UnknownExtensionWithXml_ReadsFdx() =>
        Assert.Equal("fdx", ScriptParser.Parse("script", Script(P("Scene Heading", "INT. ROOM - DAY"))).Format);

    [Fact]
    public void Parse_UnknownExtensionWithText_ReadsFountain() =>
        Assert.Equal("fountain", ScriptParser.Parse("script.draft", Fountain).Format);

    [Fact]
    public void Parse_OverTheSizeLimit_SaysSo()
    {
        var error = Assert.Throws<ScriptFormatException>(() => ScriptParser.Parse("big.fountain", new byte[ScriptParser.MaxBytes + 1]));

        Assert.StartsWith("the file is too large", error.Message, StringComparison.Ordinal);
    }
}
