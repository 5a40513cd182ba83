using System.Text;
using static Backlot.Screenplay.Tests.Fdx.FdxDocuments;

namespace Backlot.Screenplay.Tests.Fdx;

/// <summary>
/// Work grows linearly with input: a script 8 times longer yields 8 times the elements and allocates about
/// 8 times the bytes (allocation is counted by the runtime, so the check does not depend on the machine's speed).
/// </summary>
public sealed class ScreenplayLinearityTests
{
    private const int N = 200;

    private static string FountainBlock(int i) =>
        $"INT. ROOM {i} - DAY #{i}#\n\nAction *with* _emphasis_ [[a note]] here.\n\nANNA (V.O.)\n(low)\nHello.\n\nBOB ^\nHi.\n\n> CUT TO:\n\n= synopsis\n\n";

    private static string FdxContent(int i) =>
        P("Scene Heading", $"INT. ROOM {i} - DAY", $" Number=\"{i}\"") + P("Action", "Action here.") + P("Character", "ANNA") + P("Dialogue", "Hello.");

    private static (long Bytes, int Elements) Measure(string name, byte[] bytes)
    {
        ScriptParser.Parse(name, bytes);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var script = ScriptParser.Parse(name, bytes);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        return (allocated, script.Scenes.Sum(s => s.Elements.Count + 1));
    }

    private static void AssertLinear(string name, Func<int, byte[]> build)
    {
        var small = Measure(name, build(N));
        var large = Measure(name, build(8 * N));
        var ratio = (double)large.Bytes / small.Bytes;

        Assert.Equal(8 * small.Elements, large.Elements);
        Assert.InRange(ratio, 4.0, 12.0);
    }

    [Fact]
    public void Parse_Fountain_WorkScalesLinearly() =>
        AssertLinear("x.fountain", n => Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(1, n).Select(FountainBlock))));

    [Fact]
    public void Parse_Fdx_WorkScalesLinearly() =>
        AssertLinear("x.fdx", n => Script(string.Concat(Enumerable.Range(1, n).Select(FdxContent))));

    [Theory]
    [InlineData("[[")]
    [InlineData("*_")]
    [InlineData("**x ")]
    [InlineData("\\")]
    [InlineData(" ")]
    public void Parse_AdversarialRuns_AllocateLinearly(string unit)
    {
        // One scene whose heading, then action, repeat a unit that a naive reader rescans (unclosed notes, markers).
        byte[] Build(int n)
        {
            var run = string.Concat(Enumerable.Repeat(unit, n * 50));
            return Encoding.UTF8.GetBytes($"INT. A{run}B - DAY\n\nX{run}\n\nINT. B - DAY #{run.Trim()}x#\n");
        }

        var small = Measure("x.fountain", Build(N));
        var large = Measure("x.fountain", Build(8 * N));

        Assert.InRange((double)large.Bytes / small.Bytes, 4.0, 12.0);
        // The work is done once per element, whatever the length of the run: three scenes, one action.
        Assert.Equal(small.Elements, large.Elements);
    }
}
