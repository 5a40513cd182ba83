using System.Text;
using Backlot.Screenplay.Fdx;
using static Backlot.Screenplay.Tests.Fdx.FdxDocuments;

namespace Backlot.Screenplay.Tests.Fdx;

/// <summary>Hostile or broken .fdx files are refused with a message that names the problem and its line.</summary>
public sealed class FdxBadInputTests
{
    private static ScriptFormatException Refused(string xml) => Refused(Encoding.UTF8.GetBytes(xml));

    private static ScriptFormatException Refused(byte[] bytes) => Assert.Throws<ScriptFormatException>(() => FdxParser.Parse(bytes));

    [Fact]
    public void Parse_Doctype_IsRefusedNamingTheDtd()
    {
        var error = Refused("<?xml version=\"1.0\"?>\n<!DOCTYPE FinalDraft [ <!ELEMENT FinalDraft ANY> ]>\n<FinalDraft DocumentType=\"Script\"><Content/></FinalDraft>");

        Assert.Equal(2, error.Line);
        Assert.StartsWith("line 2: the file declares a DTD", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ExternalEntity_IsRefused()
    {
        var error = Refused(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE r [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>\n" +
            "<FinalDraft DocumentType=\"Script\"><Content><Paragraph Type=\"Action\"><Text>&xxe;</Text></Paragraph></Content></FinalDraft>");

        Assert.Contains("DTD", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BillionLaughs_IsRefused()
    {
        var entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (var i = 1; i < 10; i++)
            entities.Append(System.Globalization.CultureInfo.InvariantCulture, $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">");
        var error = Refused(
            $"<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [{entities}]>\n<FinalDraft DocumentType=\"Script\"><Content><Paragraph><Text>&lol9;</Text></Paragraph></Content></FinalDraft>");

        Assert.StartsWith("line 2: the file declares a DTD", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UndeclaredEntity_IsRefused()
    {
        var error = Refused("<FinalDraft DocumentType=\"Script\"><Content><Paragraph><Text>&nope;</Text></Paragraph></Content></FinalDraft>");

        Assert.StartsWith("line 1: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BinaryData_SaysNotXml()
    {
        var error = Refused([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]);

        Assert.StartsWith("not an XML file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InvalidUtf8_NamesTheLine()
    {
        byte[] bytes =
        [
            .. "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<FinalDraft DocumentType=\"Script\">\n<Content>\n<Paragraph Type=\"Action\">\n<Text>caf"u8,
            0xC3, 0x28, .. "</Text></Paragraph></Content></FinalDraft>"u8,
        ];

        var error = Refused(bytes);

        Assert.StartsWith("line 5: not well-formed XML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnclosedElement_SaysNotWellFormed()
    {
        var error = Refused("<FinalDraft DocumentType=\"Script\">\n<Content>\n<Paragraph>");

        Assert.Contains("not well-formed XML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OtherXml_SaysNotFinalDraft()
    {
        var error = Refused("<?xml version=\"1.0\"?>\n<html><body/></html>");

        Assert.Equal("line 2: not a Final Draft file: the root element is <html>, expected <FinalDraft>", error.Message);
    }

    [Fact]
    public void Parse_FinalDraftTemplate_SaysNotAScript()
    {
        var error = Refused("<FinalDraft DocumentType=\"Template\"><Content/></FinalDraft>");

        Assert.Contains("DocumentType is 'Template'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NoContent_SaysSo() =>
        Assert.Contains("no <Content>", Refused("<FinalDraft DocumentType=\"Script\"/>").Message, StringComparison.Ordinal);

    [Fact]
    public void Parse_NoSceneHeading_SaysSo() =>
        Assert.StartsWith("no scene headings found", Refused(Script(P("Action", "Just action."))).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t ")]
    public void Parse_Empty_SaysTheFileIsEmpty(string text) => Assert.Equal("the file is empty", Refused(text).Message);

    [Fact]
    public void Parse_Utf16WithBom_Reads()
    {
        var xml = Encoding.UTF8.GetString(Script(P("Scene Heading", "INT. CAFÉ - DAY"))).Replace("UTF-8", "UTF-16", StringComparison.Ordinal);

        var script = FdxParser.Parse([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(xml)]);

        Assert.Equal("CAFÉ", script.Scenes[0].Location);
    }
}
