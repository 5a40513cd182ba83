using System.Xml.Linq;
using System.Xml.XPath;
using Backlot.Interchange.FcpXml;
using Backlot.Interchange.Tests.Xmeml;
using Backlot.Interchange.Timeline;

namespace Backlot.Interchange.Tests.FcpXml;

public sealed class FcpXmlTests
{
    public static TheoryData<int, int> Rates => new() { { 24, 1 }, { 30000, 1001 } };

    [Theory]
    [MemberData(nameof(Rates))]
    public void WriteThenRead_Animatic_GivesTheSameCut(int numerator, int denominator)
    {
        var cut = SampleCut.Animatic(new FrameRate(numerator, denominator));

        var back = FcpXmlReader.Read(FcpXmlWriter.Write(cut));

        SampleCut.AssertSame(cut, back);
    }

    [Fact]
    public void WriteThenRead_ReelAndOtherMetadata_Survive()
    {
        var cut = new Cut("c", FrameRate.Fps25,
        [
            new CutTrack("V1", TrackKind.Video,
                [new CutClip("a", 3, 50, null) { Reel = "A001", Metadata = new Dictionary<string, string> { ["asc.sat"] = "0.9", [Cut.Keys.TakeId] = "t1" } }]),
        ]);

        var back = FcpXmlReader.Read(FcpXmlWriter.Write(cut));

        SampleCut.AssertSame(cut, back, compareReels: true);
    }

    [Fact]
    public void Write_Animatic_HasTheFcpXml110Elements()
    {
        var xml = XDocument.Parse(FcpXmlWriter.Write(SampleCut.Animatic(FrameRate.Ntsc30)));

        Assert.NotNull(xml.XPathSelectElement("/fcpxml[@version='1.10']"));
        Assert.Equal("1001/30000s", (string?)xml.XPathEvaluate("string(/fcpxml/resources/format/@frameDuration)"));
        // Two files, two assets, each with its media in a media-rep (1.9+), not in a src attribute.
        var assets = xml.XPathSelectElements("/fcpxml/resources/asset").ToList();
        Assert.Equal(2, assets.Count);
        Assert.All(assets, a => Assert.Null(a.Attribute("src")));
        Assert.Equal("file:///takes/sh010%20v2.mov", (string?)xml.XPathEvaluate("string(/fcpxml/resources/asset[1]/media-rep[@kind='original-media']/@src)"));
        var spine = xml.XPathSelectElement("/fcpxml/library/event/project/sequence[@format='r1']/spine")!;
        Assert.Equal(["asset-clip", "transition", "asset-clip", "gap", "asset-clip"], spine.Elements().Select(e => e.Name.LocalName));
        var clips = spine.Elements("asset-clip").ToList();
        // Record ins 0, 48, 144 frames at 30000/1001: 48 × 1001/30000 s = 48048/30000 = 1001/625 s; 144 → 3003/625 s.
        Assert.Equal(["0s", "1001/625s", "3003/625s"], clips.Select(c => c.Attribute("offset")!.Value));
        // Source in 100 frames = 100100/30000 = 1001/300 s.
        Assert.Equal("1001/300s", clips[1].Attribute("start")!.Value);
        // The dissolve begins 6 frames before the cut at 48: offset 42 × 1001/30000 = 7007/5000 s, 12 frames long = 1001/2500 s.
        var transition = spine.Element("transition")!;
        Assert.Equal(("7007/5000s", "1001/2500s"), (transition.Attribute("offset")!.Value, transition.Attribute("duration")!.Value));
        Assert.Equal("0b7c", (string?)xml.XPathEvaluate("string(//asset-clip[1]/metadata/md[@key='com.backlot.shotId']/@value)"));
        // Marker at source frame 10: 10010/30000 = 1001/3000 s.
        Assert.Equal("1001/3000s", clips[0].Element("marker")!.Attribute("start")!.Value);
        Assert.Equal("grain", clips[0].Element("marker")!.Attribute("note")!.Value);
        Assert.DoesNotContain("DOCTYPE", xml.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Doctype_IsRefused_NamingTheLine()
    {
        var text = "<?xml version=\"1.0\"?>\n<!DOCTYPE fcpxml>\n<fcpxml version=\"1.10\"/>";

        var error = Assert.Throws<InterchangeFormatException>(() => FcpXmlReader.Read(text));

        Assert.Equal(2, error.Line);
        Assert.Contains("DOCTYPE", error.Message, StringComparison.Ordinal);
    }

    private const string Head = "<fcpxml version=\"1.10\">\n<resources><format id=\"r1\" frameDuration=\"1/24s\"/><asset id=\"r2\"><media-rep kind=\"original-media\" src=\"file:///a.mov\"/></asset></resources>\n<library><event><project name=\"p\"><sequence format=\"r1\"><spine>\n";
    private const string Tail = "\n</spine></sequence></project></event></library></fcpxml>";

    [Theory]
    [InlineData(Head + "<asset-clip ref=\"r2\" offset=\"0s\" duration=\"ten\"/>" + Tail, 4, "duration=\"ten\" is not a time")]
    [InlineData(Head + "<asset-clip ref=\"r9\" offset=\"0s\" duration=\"1s\"/>" + Tail, 4, "ref \"r9\" is not an asset")]
    [InlineData(Head + "<asset-clip ref=\"r2\" offset=\"0s\" duration=\"2s\"/>\n<asset-clip ref=\"r2\" offset=\"1s\" duration=\"1s\"/>" + Tail, 5, "before the previous item ends")]
    [InlineData(Head + "<asset-clip ref=\"r2\" offset=\"0s\" duration=\"2s\">" + Tail, 5, "")]
    [InlineData("<fcpxml version=\"1.10\">\n<library><event><project><sequence format=\"r1\"><spine/></sequence></project></event></library></fcpxml>", 2, "format \"r1\" is not in <resources>")]
    public void Read_Malformed_NamesTheLine(string text, int line, string problem)
    {
        var error = Assert.Throws<InterchangeFormatException>(() => FcpXmlReader.Read(text));

        Assert.Equal(line, error.Line);
        Assert.StartsWith($"line {line}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }
}
