using System.Text;

namespace Backlot.Screenplay.Tests.Fdx;

/// <summary>Builds small .fdx documents for tests.</summary>
internal static class FdxDocuments
{
    public static byte[] Script(string content, string titlePage = "") => Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\" ?>\n" +
        "<FinalDraft DocumentType=\"Script\" Template=\"No\" Version=\"5\">\n" +
        "<Content>\n" + content + "\n</Content>\n" + titlePage + "\n</FinalDraft>\n");

    public static string P(string type, string text, string attributes = "") =>
        $"<Paragraph Type=\"{type}\"{attributes}><Text>{text}</Text></Paragraph>";
}
