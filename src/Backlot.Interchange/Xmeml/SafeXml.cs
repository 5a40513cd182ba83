using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Backlot.Interchange.Xmeml;

/// <summary>
/// Loading and reading XML timelines (xmeml and FCPXML) safely: no DTD, no external resolution, every element
/// with its line so errors can name it.
/// </summary>
internal static class SafeXml
{
    public static XDocument Load(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            bool dtd = e.Message.Contains("DTD", StringComparison.Ordinal);
            string problem = dtd
                ? "a DOCTYPE is not accepted (DTD processing is off for safety); remove the <!DOCTYPE …> line"
                : StripPosition(e.Message);
            int line = e.LineNumber;
            // The reader gives no position for a prohibited DTD: find the declaration ourselves.
            if (dtd && line == 0 && text.IndexOf("<!DOCTYPE", StringComparison.Ordinal) is var at and >= 0)
                line = 1 + text.AsSpan(0, at).Count('\n');
            throw InterchangeFormatException.AtLine(Math.Max(1, line), problem, e);
        }
    }

    public static int Line(XObject node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 1;

    public static InterchangeFormatException Error(XObject at, string problem) => InterchangeFormatException.AtLine(Line(at), problem);

    public static XElement Required(XElement parent, XName name) =>
        parent.Element(name) ?? throw Error(parent, $"<{parent.Name.LocalName}> has no <{name.LocalName}>");

    public static long Long(XElement parent, XName name)
    {
        var element = Required(parent, name);
        return long.TryParse(element.Value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error(element, $"<{name.LocalName}> must be a whole number of frames, not '{Shorten(element.Value)}'");
    }

    public static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");

    private static string StripPosition(string message)
    {
        int at = message.LastIndexOf(" Line ", StringComparison.Ordinal);
        return at > 0 ? message[..at].TrimEnd() : message;
    }
}
