using System.Text;
using Backlot.Screenplay.Fountain;
using static Backlot.Screenplay.Tests.Support.FountainText;

namespace Backlot.Screenplay.Tests.Fountain;

public sealed class FountainErrorTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\r\n  ")]
    public void Parse_EmptyText_SaysTheFileIsEmpty(string text)
    {
        var error = Assert.Throws<ScriptFormatException>(() => FountainParser.Parse(text));

        Assert.Equal("the file is empty", error.Message);
    }

    [Fact]
    public void Parse_BomOnly_SaysTheFileIsEmpty()
    {
        var error = Assert.Throws<ScriptFormatException>(() => FountainParser.Parse(Encoding.UTF8.GetPreamble()));

        Assert.Equal("the file is empty", error.Message);
    }

    [Fact]
    public void Parse_BytesWithNul_SaysNotAText()
    {
        var error = Assert.Throws<ScriptFormatException>(() => FountainParser.Parse([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]));

        Assert.StartsWith("not a text file: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InvalidUtf8_SaysNotAText()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("INT. ROOM - DAY\n\nHi "), 0xC3, 0x28];

        var error = Assert.Throws<ScriptFormatException>(() => FountainParser.Parse(bytes));

        Assert.StartsWith("not a text file: invalid UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NoSceneHeading_SaysSo()
    {
        var error = Assert.Throws<ScriptFormatException>(() => FountainParser.Parse(Lines("Title: Draft", "", "Just some action.")));

        Assert.StartsWith("no scene headings found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnclosedBoneyard_NamesItsLine()
    {
        var error = Assert.Throws<ScriptFormatException>(() => FountainParser.Parse(Lines("INT. ROOM - DAY", "", "Action.", "/* old stuff")));

        Assert.Equal(4, error.Line);
        Assert.StartsWith("line 4: ", error.Message, StringComparison.Ordinal);
    }
}
