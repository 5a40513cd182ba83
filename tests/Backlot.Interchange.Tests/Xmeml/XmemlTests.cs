using System.Xml.Linq;
using System.Xml.XPath;
using Backlot.Interchange.Timeline;
using Backlot.Interchange.Xmeml;

namespace Backlot.Interchange.Tests.Xmeml;

public sealed class XmemlTests
{
    public static TheoryData<int, int> Rates => new() { { 24, 1 }, { 30000, 1001 } };

    [Theory]
    [MemberData(nameof(Rates))]
    public void WriteThenRead_Animatic_GivesTheSameCut(int numerator, int denominator)
    {
        var cut = SampleCut.Animatic(new FrameRate(numerator, denominator));

        var back = XmemlReader.Read(XmemlWriter.Write(cut));

        SampleCut.AssertSame(cut, back);
    }

    [Fact]
    public void Write_Animatic_HasTheXmemlElements()
    {
        var xml = XDocument.Parse(XmemlWriter.Write(SampleCut.Animatic(FrameRate.Ntsc30)));

        Assert.Equal("30", xml.XPathSelectElement("/xmeml[@version='5']/sequence/rate/timebase")?.Value);
        Assert.Equal("TRUE", xml.XPathSelectElement("/xmeml/sequence/rate/ntsc")?.Value);
        Assert.Equal(180, (int)xml.XPathSelectElement("/xmeml/sequence/duration")!); // 48 + 72 + a 24-frame gap + 36
        var clips = xml.XPathSelectElements("/xmeml/sequence/media/video/track/clipitem").ToList();
        Assert.Equal(["12A", "12B", "12C"], clips.Select(c => c.Element("name")!.Value));
        // Beside the dissolve the edges are -1; the third clip starts after 48 + 72 + a 24-frame gap = 144.
        Assert.Equal(["0", "-1", "144"], clips.Select(c => c.Element("start")!.Value));
        Assert.Equal(["-1", "120", "180"], clips.Select(c => c.Element("end")!.Value));
        Assert.Equal(["0", "100", "12"], clips.Select(c => c.Element("in")!.Value));
        // Two clips share one file: the second refers to it by id.
        Assert.Equal(2, xml.XPathSelectElements("//clipitem/file/pathurl").Count());
        Assert.Equal("file-1", clips[2].Element("file")!.Attribute("id")!.Value);
        var transition = xml.XPathSelectElement("//video/track/transitionitem")!;
        Assert.Equal(("42", "54", "Cross Dissolve"), (transition.Element("start")!.Value, transition.Element("end")!.Value,
            transition.XPathSelectElement("effect/effectid")!.Value));
        Assert.Equal("10", xml.XPathSelectElement("//clipitem/marker/in")!.Value);
        Assert.Contains("\"backlot.shotId\":\"0b7c\"", xml.XPathSelectElement("//clipitem/logginginfo/lognote")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteThenRead_AudioTrack_Survives()
    {
        var cut = new Cut("a", FrameRate.Fps25,
        [
            new CutTrack("V1", TrackKind.Video, [new CutClip("v", 0, 50, "file:///v.mov")]),
            new CutTrack("A1", TrackKind.Audio, [new CutGap(10), new CutClip("dialogue", 5, 40, "file:///d.wav")]),
        ]);

        SampleCut.AssertSame(cut, XmemlReader.Read(XmemlWriter.Write(cut)));
    }

    [Fact]
    public void Read_Doctype_IsRefused_NamingTheLine()
    {
        var text = "<?xml version=\"1.0\"?>\n<!DOCTYPE xmeml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<xmeml version=\"5\"/>";

        var error = Assert.Throws<InterchangeFormatException>(() => XmemlReader.Read(text));

        Assert.Equal(2, error.Line);
        Assert.Contains("DOCTYPE", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<xmeml version=\"5\">\n<sequence>\n<rate><timebase>24</timebase></rate>\n<media><video><track>\n<clipitem><start>0</start></clipitem>", 5, "")]
    [InlineData("<xmeml version=\"5\">\n<sequence>\n<rate><timebase>24</timebase></rate>\n<media><video><track>\n<clipitem><start>0</start><end>10</end><out>10</out></clipitem>\n</track></video></media></sequence></xmeml>", 5, "<clipitem> has no <in>")]
    [InlineData("<xmeml version=\"5\">\n<sequence>\n<rate><timebase>x</timebase></rate></sequence></xmeml>", 3, "<timebase> must be a whole number")]
    [InlineData("<xmeml version=\"5\">\n<sequence>\n<rate><timebase>24</timebase></rate>\n<media><video><track>\n<clipitem><start>0</start><end>10</end><in>0</in><out>10</out></clipitem>\n<clipitem><start>5</start><end>10</end><in>0</in><out>5</out></clipitem>\n</track></video></media></sequence></xmeml>", 6, "before the previous item ends")]
    [InlineData("<fcpxml/>", 1, "expected an <xmeml> document")]
    public void Read_Malformed_NamesTheLine(string text, int line, string problem)
    {
        var error = Assert.Throws<InterchangeFormatException>(() => XmemlReader.Read(text));

        Assert.Equal(line, error.Line);
        Assert.StartsWith($"line {line}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }
}
