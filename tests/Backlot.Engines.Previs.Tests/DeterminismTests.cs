using Backlot.Domain.Sheets;
using static Backlot.Engines.Previs.Tests.PrevisTestRequests;

namespace Backlot.Engines.Previs.Tests;

/// <summary>The same sheet gives the same bytes on one or two threads (across runs: PrevisEngineTests).</summary>
public class DeterminismTests
{
    public static TheoryData<string> Setups => ["ws-street-35mm-walk-run", "fs-battle-24mm-fight-fall", "ms-storyboard-two-shot", "ots-mcu-room"];

    [Theory]
    [MemberData(nameof(Setups))]
    public async Task Render_OnOneAndTwoThreads_GivesIdenticalBytesForEveryOutput(string setup)
    {
        var request = GoldenCases.All.Single(c => c.Name == setup).Request;
        var one = await RenderAsync(request, threads: 1);
        var two = await RenderAsync(request, threads: 2);

        Assert.Equal(one.Outputs.Select(o => o.Role), two.Outputs.Select(o => o.Role));
        for (var i = 0; i < one.Outputs.Count; i++)
        {
            Assert.True(one.Outputs[i].Content.Span.SequenceEqual(two.Outputs[i].Content.Span), $"{setup}: {one.Outputs[i].Role} differs between 1 and 2 threads");
        }

        Assert.Equal(one.Info().DepthMetres, two.Info().DepthMetres);
    }

    [Fact]
    public async Task Seed_VariesOnlyTheScatteredSet()
    {
        var a = await BeautyAsync(Request([Edward], (KnobNames.Location, "EXT FOREST"), (KnobNames.Seed, 1)));
        var b = await BeautyAsync(Request([Edward], (KnobNames.Location, "EXT FOREST"), (KnobNames.Seed, 2)));
        var stageA = await BeautyAsync(Request([Edward], (KnobNames.Seed, 1)));
        var stageB = await BeautyAsync(Request([Edward], (KnobNames.Seed, 2)));
        Assert.NotEqual(a.Pixels, b.Pixels);
        Assert.Equal(stageA.Pixels, stageB.Pixels);
    }
}
