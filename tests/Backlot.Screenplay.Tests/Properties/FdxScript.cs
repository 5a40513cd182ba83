using System.Text;

namespace Backlot.Screenplay.Tests.Properties;

/// <summary>
/// A generated .fdx file: a Final Draft skeleton around <see cref="Paragraphs"/> (XML chunks, mostly well formed,
/// now and then broken on purpose) and an optional title page.
/// </summary>
public sealed record FdxScript(IReadOnlyList<string> Paragraphs, string TitlePage, string Separator)
{
    public string Text => Wrap(string.Join(Separator, Paragraphs));

    public byte[] ToBytes() => Encoding.UTF8.GetBytes(Text);

    /// <summary>The paragraphs repeated <paramref name="times"/> times inside one skeleton.</summary>
    public byte[] Repeated(int times) =>
        Encoding.UTF8.GetBytes(Wrap(string.Concat(Enumerable.Repeat(string.Join(Separator, Paragraphs) + Separator, times))));

    private string Wrap(string content) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\" ?>\n" +
        "<FinalDraft DocumentType=\"Script\" Template=\"No\" Version=\"5\">\n" +
        "<Content>\n" + content + "\n</Content>\n" + TitlePage + "\n</FinalDraft>\n";

    public override string ToString() => ScriptEncodings.Literal(Text);
}
