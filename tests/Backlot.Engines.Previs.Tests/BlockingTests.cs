using Backlot.Domain.Sheets;
using Backlot.Engines.Previs.Rendering;
using Backlot.Engines.Previs.Scene;
using static Backlot.Engines.Previs.Tests.PrevisTestRequests;

namespace Backlot.Engines.Previs.Tests;

public class BlockingTests
{
    [Fact]
    public void Parse_ReadsPositionsStageAreasPosesAndTargets()
    {
        var entries = BlockingScript.Parse("ANNA: pos=1.2,3 pose=sit face=BOB; BOB: stage=DSL pose=point look=ANNA\nCARL: look=camera face=90deg point=0.5,-2");

        Assert.Equal(["ANNA", "BOB", "CARL"], entries.Select(e => e.Character));
        Assert.Equal((1.2, 3.0), entries[0].Position);
        Assert.Equal("sit", entries[0].Pose);
        Assert.Equal("BOB", entries[0].Face!.Character);
        Assert.Equal((2.0, 1.5), entries[1].Position);
        Assert.Equal("ANNA", entries[1].Look!.Character);
        Assert.True(entries[2].Look!.Camera);
        Assert.Equal(90, entries[2].Face!.Degrees);
        Assert.Equal((0.5, -2.0), (entries[2].Point!.X!.Value, entries[2].Point!.Z!.Value));
        Assert.Equal("point", entries[2].Pose);
    }

    [Theory]
    [InlineData("BOB: stag=DSL", "BOB", "'stag=DSL'")]
    [InlineData("BOB: pose=dance", "BOB", "'pose=dance'")]
    [InlineData("ANNA: pos=1.2", "ANNA", "'pos=1.2'")]
    [InlineData("ANNA: stage=MID", "ANNA", "'stage=MID'")]
    [InlineData("ANNA: face=1,2,3", "ANNA", "'face=1,2,3'")]
    [InlineData("ANNA pos=1,2", "ANNA pos=1,2", "colon")]
    public void Parse_BadToken_ThrowsNamingTheCharacterAndTheToken(string text, string character, string token)
    {
        var e = Assert.Throws<EngineException>(() => BlockingScript.Parse(text));
        Assert.Contains("knob 'blocking'", e.Message, StringComparison.Ordinal);
        Assert.Contains(character, e.Message, StringComparison.Ordinal);
        Assert.Contains(token, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Place_Unblocked_StandInARowFacingDownstage()
    {
        var figures = Blocking.Place([Edward, Mara, Anna], []);
        Assert.Equal([-0.9, 0, 0.9], figures.Select(f => Math.Round(f.Feet.X, 6)));
        Assert.All(figures, f => Assert.True(f.Facing.Z > 0.9));
        Assert.All(figures, f => Assert.Equal("stand", f.Pose));
        Assert.Equal([1, 2, 3], figures.Select(f => (int)f.Instance));
    }

    [Fact]
    public void Place_FaceAnotherCharacter_TurnsTowardsThem()
    {
        var figures = Blocking.Place([Edward, Mara], BlockingScript.Parse("EDWARD: pos=0,0 face=MARA; MARA: pos=3,0 face=EDWARD"));
        Assert.Equal(1, figures[0].Facing.X, 9);
        Assert.Equal(-1, figures[1].Facing.X, 9);
    }

    [Fact]
    public void Place_LookWithoutFace_TurnsTheBodyTowardsTheTarget()
    {
        var figures = Blocking.Place([Edward], BlockingScript.Parse("EDWARD: pos=0,0 look=0,-4"));
        Assert.Equal(-1, figures[0].Facing.Z, 9);
        Assert.Equal(new Vec3(0, 1.8 * 0.93, -4), figures[0].LookAt);
    }

    [Fact]
    public void Place_UnknownCharacter_ThrowsNamingWhoIsInFrame()
    {
        var e = Assert.Throws<EngineException>(() => Blocking.Place([Edward], BlockingScript.Parse("CARL: pose=sit")));
        Assert.Contains("'CARL' is not in this shot (in frame: EDWARD)", e.Message, StringComparison.Ordinal);
        var target = Assert.Throws<EngineException>(() => Blocking.Place([Edward], BlockingScript.Parse("EDWARD: face=CARL")));
        Assert.Contains("EDWARD: face=CARL", target.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_LookAtCamera_TurnsTheHeadToTheCamera()
    {
        var response = await RenderAsync(Request([Edward], (KnobNames.Size, "MCU"), (KnobNames.Blocking, "EDWARD: face=60deg look=camera")));
        var info = response.Info();
        var j = info.People[0].Joints;
        // Nose (0) nearer the camera than the ears' midpoint (16, 17): the face turned to the lens.
        var camera = new Vec3(info.CameraX, info.CameraY, info.CameraZ);
        var nose = new Vec3(j[0], j[1], j[2]);
        var ears = new Vec3((j[48] + j[51]) / 2, (j[49] + j[52]) / 2, (j[50] + j[53]) / 2);
        var toCamera = (camera - ears).Normalized();
        Assert.True(Vec3.Dot((nose - ears).Normalized(), toCamera) > 0.8);
    }

    [Fact]
    public async Task Render_SittingCharacter_GetsASeat()
    {
        var standing = await BeautyAsync(Request([Edward], (KnobNames.Size, "FS")));
        var sitting = await RenderAsync(Request([Edward], (KnobNames.Size, "FS"), (KnobNames.Blocking, "EDWARD: pose=sit")));
        Assert.NotEqual(standing.Pixels, sitting.Png("beauty").Pixels);
        Assert.True(sitting.Info().People[0].Joints[(8 * 3) + 1] < 0.6); // the right hip is at seat height
    }
}
