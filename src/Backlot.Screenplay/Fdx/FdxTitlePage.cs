using System.Xml.Linq;

namespace Backlot.Screenplay.Fdx;

/// <summary>
/// The title page of an .fdx: Final Draft stores it as plain paragraphs, without keys. Blocks of lines separated
/// by empty paragraphs are named the way a Fountain title page would name them: the first block is the Title, a
/// "Written by" style line is the Credit and the lines after it the Author, anything later is Contact.
/// </summary>
internal static class FdxTitlePage
{
    public static List<KeyValuePair<string, string>> Read(XElement titlePage)
    {
        var blocks = new List<List<string>>();
        var current = new List<string>();
        foreach (var paragraph in titlePage.Descendants("Paragraph"))
        {
            var line = FdxText.Of(paragraph).Raw.Trim();
            if (line.Length > 0)
            {
                current.Add(line);
                continue;
            }

            if (current.Count > 0)
                blocks.Add(current);
            current = [];
        }

        if (current.Count > 0)
            blocks.Add(current);
        return Name(blocks);
    }

    private static List<KeyValuePair<string, string>> Name(List<List<string>> blocks)
    {
        var entries = new List<KeyValuePair<string, string>>();
        var lines = blocks.Count > 0 ? blocks[0] : [];
        var credit = lines.FindIndex(IsCredit);
        // "TITLE / written by / NAME" in one block is split there.
        var titleLines = credit > 0 ? lines[..credit] : lines;
        if (titleLines.Count > 0)
            entries.Add(new("Title", string.Join('\n', titleLines)));

        var rest = blocks.Skip(1).ToList();
        if (credit > 0)
            rest.Insert(0, lines[credit..]);
        if (rest.Count > 0 && rest[0].Count > 0 && IsCredit(rest[0][0]))
        {
            entries.Add(new("Credit", rest[0][0]));
            var author = rest[0].Skip(1).ToList();
            rest.RemoveAt(0);
            if (author.Count == 0 && rest.Count > 0)
            {
                author = rest[0];
                rest.RemoveAt(0);
            }

            if (author.Count > 0)
                entries.Add(new("Author", string.Join('\n', author)));
        }

        if (rest.Count > 0)
            entries.Add(new("Contact", string.Join('\n', rest.SelectMany(b => b))));
        return entries;
    }

    private static bool IsCredit(string line)
    {
        var plain = ScriptText.StripEmphasis(line).Trim().ToUpperInvariant();
        return plain is "BY" or "WRITTEN BY" or "SCREENPLAY BY" or "TELEPLAY BY" or "STORY BY" or "WRITTEN AND DIRECTED BY";
    }
}
