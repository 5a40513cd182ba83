using System.Text;
using Backlot.Screenplay.Tests.Support;
using static Backlot.Screenplay.Tests.Fdx.FdxDocuments;

namespace Backlot.Screenplay.Tests.Fdx;

/// <summary>
/// Seeded random and mutated .fdx and .fountain input through the front door: each either parses or fails with
/// <see cref="ScriptFormatException"/>, never with anything else.
/// </summary>
public sealed class ScreenplayFuzzTests
{
    private static readonly string[] XmlFragments =
    [
        "<!DOCTYPE x [<!ENTITY a \"b\">]>", "&amp;", "&a;", "&#0;", "&#x10FFFF;", "<Paragraph>", "</Paragraph>", "<Text>", "</Text>",
        "<DualDialogue>", "<ScriptNote>", "<SceneProperties><Summary>", " Type=\"Scene Heading\"", " Number=\"\"", "<![CDATA[x]]>",
        "<?pi?>", "<!-- c -->", "\u0000", "\uFFFF", "é", "<", ">", "\"", "'", "=",
    ];

    private static readonly byte[] Seed = Script(string.Join('\n',
        P("Scene Heading", "INT. A - DAY", " Number=\"1\""),
        "<Paragraph Type=\"Action\"><ScriptNote><Paragraph><Text>n</Text></Paragraph></ScriptNote><Text Style=\"Bold\">Hi</Text><Text> there</Text></Paragraph>",
        "<Paragraph><DualDialogue>" + P("Character", "A") + P("Dialogue", "x") + P("Character", "B") + P("Dialogue", "y") + "</DualDialogue></Paragraph>",
        P("Transition", "CUT TO:")), "<TitlePage><Content><Paragraph><Text>T</Text></Paragraph></Content></TitlePage>");

    private static void ParseOrFailCleanly(string name, byte[] bytes)
    {
        try
        {
            ScriptParser.Parse(name, bytes);
        }
        catch (ScriptFormatException)
        {
        }
    }

    [Fact]
    public void Parse_MutatedFdx_ThrowsOnlyScriptFormatException()
    {
        var random = new Random(4242);
        for (var n = 0; n < 3000; n++)
        {
            var text = Encoding.UTF8.GetString(Seed);
            for (var k = random.Next(1, 4); k > 0; k--)
            {
                var at = random.Next(text.Length + 1);
                text = random.Next(3) switch
                {
                    0 => text.Insert(at, XmlFragments[random.Next(XmlFragments.Length)]),
                    1 => text.Remove(at, Math.Min(random.Next(1, 20), text.Length - at)),
                    _ => text[..at],
                };
            }

            var bytes = Encoding.UTF8.GetBytes(text);
            if (n % 5 == 0 && bytes.Length > 0)
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            ParseOrFailCleanly("fuzz.fdx", bytes);
        }
    }

    [Fact]
    public void Parse_RandomBytes_ThrowsOnlyScriptFormatException()
    {
        var random = new Random(99);
        string[] names = ["x.fdx", "x.fountain", "x.bin"];
        for (var n = 0; n < 3000; n++)
        {
            var bytes = new byte[random.Next(0, 300)];
            random.NextBytes(bytes);
            if (n % 3 == 0)
                bytes = [.. "<?xml version=\"1.0\"?><FinalDraft "u8, .. bytes];
            ParseOrFailCleanly(names[n % names.Length], bytes);
        }
    }

    [Fact]
    public void Parse_MutatedCorpusFountain_ThrowsOnlyScriptFormatException()
    {
        if (RepoPaths.Corpus is not { } corpus)
        {
            Assert.Skip("../shared/corpus/screenplays is not next to the repository");
            return;
        }

        string[] fragments = ["[[", "]]", "/*", "*/", "^", "@", "~", ">", "<", "#", "=", "===", "!", ".", "\\", "*", "**", "_", "\t", "\r", "\n", "\n\n", "  \n", "(", ")", "#1#"];
        var files = Directory.GetFiles(corpus, "*.fountain").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var random = new Random(1234);
        for (var n = 0; n < 1500; n++)
        {
            var text = files[n % files.Length];
            for (var k = random.Next(1, 8); k > 0; k--)
            {
                var at = random.Next(text.Length + 1);
                text = random.Next(2) == 0
                    ? text.Insert(at, fragments[random.Next(fragments.Length)])
                    : text.Remove(at, Math.Min(random.Next(1, 40), text.Length - at));
            }

            ParseOrFailCleanly("fuzz.fountain", Encoding.UTF8.GetBytes(text));
        }
    }
}
