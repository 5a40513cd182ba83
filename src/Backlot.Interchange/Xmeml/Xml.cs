using System.Xml.Linq;

namespace Backlot.Interchange.Xmeml;

/// <summary>Writing an XDocument as indented UTF-8 text with its declaration (xmeml and FCPXML).</summary>
internal static class Xml
{
    public static string ToText(XDocument document)
    {
        var settings = new System.Xml.XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false) };
        using var stream = new MemoryStream();
        using (var writer = System.Xml.XmlWriter.Create(stream, settings))
            document.Save(writer);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
