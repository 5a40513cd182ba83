using System.Net;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using static Backlot.Screenplay.Tests.Properties.ScriptFragments;

namespace Backlot.Screenplay.Tests.Properties;

/// <summary>
/// FsCheck generators and shrinkers for screenplay input. Shrinking drops lines, paragraphs or mutations one at
/// a time, so a failure is reported on a small input.
/// </summary>
public static class ScriptArbitraries
{
    private static readonly byte[] InterestingBytes = [0x00, 0x0A, 0x0D, 0x09, 0x20, 0x3C, 0x3E, 0x26, 0x2F, 0x2A, 0x5B, 0x5D, 0x23, 0x7E, 0x40, 0x5E, 0x80, 0xBF, 0xC0, 0xC3, 0xE6, 0xEF, 0xBB, 0xFE, 0xFF];

    private static Gen<string> Pick(string[] items) => Gen.Elements(items);

    private static readonly Gen<string> Fragment = Gen.Frequency(
        (6, Pick(Headings)), (6, Pick(Cues)), (6, Pick(Dialogue)), (3, Pick(Parentheticals)), (3, Pick(Transitions)),
        (5, Pick(Markup)), (2, Pick(TitleKeys)), (6, Pick(ActionLines)), (2, Pick(Unicode)), (1, Pick(Control)), (14, Pick(Blank)));

    /// <summary>A line: mostly one fragment, sometimes two or three run together.</summary>
    public static readonly Gen<string> Line = Gen.Frequency(
        (8, Fragment),
        (2, Gen.Two(Fragment).Select(t => t.Item1 + t.Item2)),
        (1, Gen.Three(Fragment).Select(t => t.Item1 + " " + t.Item2 + t.Item3)));

    private static readonly Gen<ScriptEncoding> Encodings = Gen.Frequency(
        (8, Gen.Constant(ScriptEncoding.Utf8)), (1, Gen.Constant(ScriptEncoding.Utf8Bom)),
        (1, Gen.Constant(ScriptEncoding.Utf16LeBom)), (1, Gen.Constant(ScriptEncoding.Utf16BeBom)));

    private static readonly Gen<string[]> Block = Gen.Frequency(
        (3, Pick(Headings).Select(h => new[] { "", h, "" })),
        (4, from cue in Pick(Cues)
            from paren in Gen.Frequency((3, Gen.Constant<string[]>([])), (1, Pick(Parentheticals).Select(p => new[] { p })))
            from lines in Gen.ListOf(Gen.Frequency((4, Pick(Dialogue)), (1, Line)), 3).Select(l => l.Take(1 + (l[0].Length % 3)))
            select (string[])[cue, .. paren, .. lines, ""]),
        (3, Pick(ActionLines).Select(a => new[] { a, "" })),
        (1, Pick(Transitions).Select(t => new[] { "", t, "" })),
        (6, Line.Select(l => new[] { l })));

    private static readonly Gen<string[]> TitlePage = Gen.Frequency(
        (3, Gen.Constant<string[]>([])),
        (1, Gen.NonEmptyListOf(Pick(TitleKeys)).Select(keys => (string[])[.. keys, ""])));

    public static readonly Gen<FountainScript> FountainGen =
        from title in TitlePage
        from count in Gen.Sized(size => Gen.Choose(0, 2 + size / 2))
        from blocks in Gen.ListOf(Block, count)
        from newline in Gen.Frequency((6, Gen.Constant("\n")), (2, Gen.Constant("\r\n")), (1, Gen.Constant("\r")))
        from encoding in Encodings
        select new FountainScript([.. title, .. blocks.SelectMany(b => b)], newline, encoding);

    private static readonly Gen<string> FdxText = Gen.Frequency(
        (24, Fragment.Select(s => WebUtility.HtmlEncode(StripInvalidXml(s)))),
        (1, Fragment),
        (1, Pick(FdxRaw)));

    private static readonly Gen<string> TextRuns =
        from n in Gen.Choose(0, 3)
        from runs in Gen.ListOf(
            from text in FdxText
            from style in Gen.Elements("", " Style=\"Bold\"", " Style=\"Italic+Underline\"", " Font=\"Courier\"")
            select $"<Text{style}>{text}</Text>", n)
        select string.Concat(runs);

    private static readonly Gen<string> FdxParagraph =
        from type in Pick(FdxTypes)
        from attributes in Pick(FdxAttributes)
        from inner in Gen.Frequency(
            (8, Gen.Constant("")),
            (1, TextRuns.Select(t => $"<SceneProperties Length=\"1/8\"><Summary><Paragraph>{t}</Paragraph></Summary></SceneProperties>")),
            (1, TextRuns.Select(t => $"<ScriptNote ID=\"1\"><Paragraph>{t}</Paragraph></ScriptNote>")))
        from text in TextRuns
        select $"<Paragraph Type=\"{type}\"{attributes}>{inner}{text}</Paragraph>";

    private static readonly Gen<string> FdxChunk = Gen.Frequency(
        (12, FdxParagraph),
        (2, Gen.ListOf(FdxParagraph, 4).Select(ps => $"<Paragraph><DualDialogue>{string.Concat(ps)}</DualDialogue></Paragraph>")),
        (1, Gen.ListOf(FdxParagraph, 2).Select(ps => $"<DualDialogue>{string.Concat(ps)}</DualDialogue>")),
        (1, Gen.Constant("<Unknown Thing=\"x\"/>")));

    public static readonly Gen<FdxScript> FdxGen =
        from count in Gen.Sized(size => Gen.Choose(0, 2 + size / 2))
        from heading in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        from chunks in Gen.ListOf(FdxChunk, count)
        from title in Gen.Frequency(
            (3, Gen.Constant("")),
            (1, TextRuns.Select(t => $"<TitlePage><Content><Paragraph Alignment=\"Center\">{t}</Paragraph><Paragraph/></Content></TitlePage>")))
        from separator in Gen.Elements("", "\n", "\r\n", "\n\n  ")
        select new FdxScript(heading ? ["<Paragraph Type=\"Scene Heading\"><Text>INT. START - DAY</Text></Paragraph>", .. chunks] : [.. chunks], title, separator);

    private static readonly Gen<byte[]> Payload = Gen.Frequency(
        (2, Gen.Elements(InterestingBytes).Select(b => new[] { b })),
        (1, Gen.ArrayOf(Gen.Choose(0, 255).Select(i => (byte)i), 3)),
        (6, Line.Select(l => Encoding.UTF8.GetBytes(l + "\n"))),
        (1, Pick(FdxRaw).Select(Encoding.UTF8.GetBytes)),
        (1, Gen.Constant(new byte[] { 0xEF, 0xBB, 0xBF })));

    private static readonly Gen<Mutation> MutationGen =
        from kind in Gen.Frequency(
            (3, Gen.Constant(MutationKind.SetByte)), (2, Gen.Constant(MutationKind.FlipBit)), (5, Gen.Constant(MutationKind.Insert)),
            (3, Gen.Constant(MutationKind.Delete)), (1, Gen.Constant(MutationKind.Duplicate)), (1, Gen.Constant(MutationKind.Truncate)),
            (6, Gen.Constant(MutationKind.InsertAtBoundary)))
        from at in Gen.Choose(0, int.MaxValue)
        from length in Gen.Choose(0, 1 << 16)
        from payload in Payload
        select new Mutation(kind, at, length, payload);

    private static Gen<MutatedFile> Mutated(IReadOnlyList<string> seeds) =>
        from seed in Gen.Elements(seeds.ToArray())
        from count in Gen.Frequency((5, Gen.Constant(1)), (3, Gen.Constant(2)), (2, Gen.Choose(3, 8)))
        from mutations in Gen.ListOf(MutationGen, count)
        select new MutatedFile(seed, [.. mutations]);

    public static Arbitrary<FountainScript> Fountain() => Arb.From(FountainGen, ShrinkFountain);

    public static Arbitrary<FdxScript> Fdx() => Arb.From(FdxGen, s => DropEach(s.Paragraphs).Select(ps => s with { Paragraphs = ps }));

    /// <summary>Mutated .fountain seeds and mutated .fdx seeds, both read through their file name.</summary>
    public static Arbitrary<MutatedFile> Mutated() =>
        Arb.From(
            Gen.OneOf(Mutated(SeedFiles.Fountain), Mutated(SeedFiles.Fdx)),
            m => DropEach(m.Mutations).Select(ms => m with { Mutations = ms }));

    private static IEnumerable<FountainScript> ShrinkFountain(FountainScript script)
    {
        if (script.Encoding != ScriptEncoding.Utf8)
            yield return script with { Encoding = ScriptEncoding.Utf8 };
        if (script.Newline != "\n")
            yield return script with { Newline = "\n" };
        foreach (var lines in DropEach(script.Lines))
            yield return script with { Lines = lines };
    }

    private static IEnumerable<IReadOnlyList<T>> DropEach<T>(IReadOnlyList<T> items)
    {
        // Halves first, so that long inputs shrink in few steps, then one item at a time.
        if (items.Count > 8)
        {
            yield return items.Take(items.Count / 2).ToList();
            yield return items.Skip(items.Count / 2).ToList();
        }

        for (var i = 0; i < items.Count; i++)
            yield return items.Where((_, k) => k != i).ToList();
    }

    // Characters XML 1.0 cannot carry even as references; the raw fragments still bring them in now and then.
    private static string StripInvalidXml(string s) =>
        new(s.Where(c => c is '\t' or '\n' or '\r' || (c >= 0x20 && !char.IsSurrogate(c) && c is not ('\uFFFE' or '\uFFFF'))).ToArray());
}
