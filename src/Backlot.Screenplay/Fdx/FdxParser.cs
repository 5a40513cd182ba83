using System.Xml;
using System.Xml.Linq;

namespace Backlot.Screenplay.Fdx;

/// <summary>
/// Reads Final Draft .fdx screenplays into the same model as Fountain: title page, paragraphs of every type,
/// scene numbers, scene summaries, script notes and dual dialogue. The XML is read with DTDs prohibited, no
/// resolver and no entity expansion, so a DOCTYPE, an external entity or an entity bomb is refused.
/// </summary>
public static class FdxParser
{
    private const int MaxCharactersFromEntities = 1024;

    /// <summary>Reads an .fdx file's bytes (any encoding the XML declaration or a byte order mark names).</summary>
    /// <exception cref="ScriptFormatException">
    /// The bytes are not well-formed XML, hold a DTD, are not a Final Draft script, or have no scene heading.
    /// </exception>
    public static ParsedScript Parse(ReadOnlySpan<byte> bytes)
    {
        ScriptParser.CheckSize(bytes.Length);
        CheckLooksLikeXml(bytes);
        var document = Load(bytes.ToArray());
        var root = document.Root ?? throw new ScriptFormatException("not a Final Draft file: the XML has no root element");
        if (root.Name.LocalName != "FinalDraft")
            throw new ScriptFormatException(Line(root), $"not a Final Draft file: the root element is <{root.Name.LocalName}>, expected <FinalDraft>");
        var type = (string?)root.Attribute("DocumentType");
        if (type is not null && !type.Equals("Script", StringComparison.OrdinalIgnoreCase))
            throw new ScriptFormatException(Line(root), $"not a Final Draft script: DocumentType is '{type}', expected 'Script'");
        var content = root.Element("Content")
            ?? throw new ScriptFormatException(Line(root), "not a Final Draft script: <FinalDraft> has no <Content> element");

        var body = new FdxContentReader().Read(content);
        if (body.Scenes.Count == 0)
            throw new ScriptFormatException("no scene headings found: the file has no paragraph of Type=\"Scene Heading\"");
        var titlePage = root.Element("TitlePage") is { } page ? FdxTitlePage.Read(page) : [];
        return new ParsedScript(titlePage, body.Scenes, CharacterIndex.Collect(body.Prelude, body.Scenes))
        {
            Prelude = body.Prelude,
            Format = "fdx",
        };
    }

    internal static int Line(XObject node) => node is IXmlLineInfo { LineNumber: > 0 } info ? info.LineNumber : 0;

    private static void CheckLooksLikeXml(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            bytes = bytes[3..];
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return;
        var first = bytes.IndexOfAnyExcept((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t', (byte)'\r', (byte)'\n']);
        if (first < 0)
            throw new ScriptFormatException("the file is empty");
        if (bytes[first] != (byte)'<')
            throw new ScriptFormatException("not an XML file: a Final Draft .fdx file starts with '<?xml' or '<FinalDraft'");
    }

    private static XDocument Load(byte[] bytes)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = MaxCharactersFromEntities,
            MaxCharactersInDocument = (long)ScriptParser.MaxBytes * 2,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var reader = XmlReader.Create(stream, settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            // The DTD refusal carries no position: find the DOCTYPE ourselves.
            var line = e.LineNumber > 0 ? e.LineNumber : LineOf(bytes, "<!DOCTYPE"u8);
            throw new ScriptFormatException(line, Explain(e), e);
        }
    }

    private static int LineOf(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> what)
    {
        var at = bytes.IndexOf(what);
        return at < 0 ? 1 : bytes[..at].Count((byte)'\n') + 1;
    }

    private static string Explain(XmlException e)
    {
        if (e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
            return "the file declares a DTD (<!DOCTYPE …>); Final Draft files have none, and DTDs and their entities are refused for safety";
        if (e.Message.Contains("entit", StringComparison.OrdinalIgnoreCase))
            return $"entity refused (only the five XML entities are allowed): {e.Message}";
        return $"not well-formed XML: {e.Message}";
    }
}
