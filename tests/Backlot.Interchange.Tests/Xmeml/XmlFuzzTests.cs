using Backlot.Interchange.FcpXml;
using Backlot.Interchange.Timeline;
using Backlot.Interchange.Xmeml;

namespace Backlot.Interchange.Tests.Xmeml;

public sealed class XmlFuzzTests
{
    [Theory]
    [InlineData("xmeml")]
    [InlineData("fcpxml")]
    public void Read_MutatedDocuments_OnlyEverThrowInterchangeFormatException(string format)
    {
        var cut = SampleCut.Animatic(FrameRate.Ntsc30);
        string original = format == "xmeml" ? XmemlWriter.Write(cut) : FcpXmlWriter.Write(cut);
        Func<string, Cut> read = format == "xmeml" ? XmemlReader.Read : FcpXmlReader.Read;
        string[] replacements = ["-1", "0", "99999999999999999999", "-5/0s", "1/0s", "x", "", "<", "TRUE", "1001/30000s", "-100s", "9223372036854775807s"];
        var random = new Random(11);
        for (int round = 0; round < 2000; round++)
        {
            var text = new System.Text.StringBuilder(original);
            for (int edits = random.Next(1, 4); edits > 0; edits--)
            {
                int at = random.Next(text.Length);
                int length = Math.Min(random.Next(0, 12), text.Length - at);
                text.Remove(at, length).Insert(at, replacements[random.Next(replacements.Length)]);
            }

            try
            {
                read(text.ToString());
            }
            catch (InterchangeFormatException)
            {
            }
        }
    }
}
