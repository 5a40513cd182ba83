using System.Collections.Concurrent;
using Backlot.Screenplay.Tests.Support;

namespace Backlot.Screenplay.Tests.Properties;

/// <summary>
/// Real scripts that mutations start from: the corpus in ../shared/corpus/screenplays when it is there, and
/// always the sample production's script and a small .fdx written here.
/// </summary>
internal static class SeedFiles
{
    private const string BuiltInFdx = "builtin.fdx";

    private static readonly ConcurrentDictionary<string, byte[]> Cache = new(StringComparer.Ordinal);

    public static IReadOnlyList<string> Fountain { get; } = Find("*.fountain", Path.Combine(RepoPaths.Samples, "the-last-reel", "the-last-reel.fountain"));

    public static IReadOnlyList<string> Fdx { get; } = Find("*.fdx", BuiltInFdx);

    public static byte[] Bytes(string path) => Cache.GetOrAdd(path, p => p == BuiltInFdx
        ? new FdxScript(
            [
                "<Paragraph Type=\"Scene Heading\" Number=\"1\"><SceneProperties><Summary><Paragraph><Text>s</Text></Paragraph></Summary></SceneProperties><Text>INT. A - DAY</Text></Paragraph>",
                "<Paragraph Type=\"Action\"><ScriptNote><Paragraph><Text>n</Text></Paragraph></ScriptNote><Text Style=\"Bold\">BOB</Text><Text> picks up a GUN.</Text></Paragraph>",
                "<Paragraph><DualDialogue><Paragraph Type=\"Character\"><Text>A</Text></Paragraph><Paragraph Type=\"Dialogue\"><Text>x</Text></Paragraph><Paragraph Type=\"Character\"><Text>B</Text></Paragraph><Paragraph Type=\"Dialogue\"><Text>y</Text></Paragraph></DualDialogue></Paragraph>",
                "<Paragraph Type=\"Transition\"><Text>CUT TO:</Text></Paragraph>",
            ],
            "<TitlePage><Content><Paragraph><Text>T</Text></Paragraph></Content></TitlePage>",
            "\n").ToBytes()
        : File.ReadAllBytes(p));

    private static string[] Find(string pattern, string always)
    {
        var corpus = RepoPaths.Corpus is { } dir ? Directory.GetFiles(dir, pattern).Order(StringComparer.Ordinal) : Enumerable.Empty<string>();
        return [.. corpus, always];
    }
}
