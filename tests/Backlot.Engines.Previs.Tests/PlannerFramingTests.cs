using Backlot.Domain.Sheets;
using static Backlot.Engines.Previs.Tests.PrevisTestRequests;

namespace Backlot.Engines.Previs.Tests;

/// <summary>The shot planner's framings (establishing, group, cut-away, insert) render as the planner means them.</summary>
public sealed class PlannerFramingTests
{
    [Theory]
    [InlineData("establishing", "WS")]
    [InlineData("group", "FS")]
    public async Task WideMaster_WithNobodyNamed_KeepsEveryoneInFrame(string framing, string size)
    {
        var response = await RenderAsync(Request([Edward, Mara, Anna], (KnobNames.Framing, framing), (KnobNames.Size, size)));

        var info = response.Info();
        foreach (var instance in info.Instances)
            Assert.Contains((byte)instance.Id, info.InstanceIds);
    }

    [Fact]
    public async Task CutAway_FramesItsSubjectLikeASingle()
    {
        var cutAway = await RenderAsync(Request([Edward, Mara], (KnobNames.Framing, "cutaway"), (KnobNames.Size, "MS"), (KnobNames.Subject, "MARA")));
        var single = await RenderAsync(Request([Edward, Mara], (KnobNames.Framing, "single"), (KnobNames.Size, "MS"), (KnobNames.Subject, "MARA")));

        Assert.Equal(Measure.Camera(single).M, Measure.Camera(cutAway).M);
        Assert.Equal(Measure.Camera(single).Position, Measure.Camera(cutAway).Position);
    }

    [Fact]
    public async Task Insert_WithoutProps_IsACloseShotOfAStandInThatFillsTheFrame()
    {
        var response = await RenderAsync(Request([], (KnobNames.Framing, "insert"), (KnobNames.Size, "CU"), (KnobNames.Angle, "high"), (KnobNames.Lens, 85)));

        var info = response.Info();
        var centre = info.DepthMetres[(info.Height / 2 * info.Width) + (info.Width / 2)];
        // CU at 85 mm: the 0.25 m stand-in box seen 1.6 times its height tall, about 2.4 m away; its front face is nearer.
        Assert.InRange(centre, 2.0, 2.5);
        Assert.Empty(info.Instances);
    }

    [Fact]
    public async Task Insert_OfAPlacedProp_AimsAtIt()
    {
        var response = await RenderAsync(Request([], (KnobNames.Framing, "insert"), (KnobNames.Size, "CU"), (PrevisKnobs.Props, "crate at=3,-2")));

        var camera = Measure.Camera(response);
        var (u, v, _) = camera.Project(3, 0.4, -2);
        Assert.InRange(u, (response.Info().Width / 2.0) - 2, (response.Info().Width / 2.0) + 2);
        Assert.InRange(v, (response.Info().Height / 2.0) - 2, (response.Info().Height / 2.0) + 2);
    }
}
