using Backlot.Engines.Previs.Rendering;
using Backlot.Engines.Previs.Scene;

namespace Backlot.Engines.Previs.Tests;

public class SetTests
{
    [Theory]
    [InlineData("room")]
    [InlineData("street")]
    [InlineData("field")]
    [InlineData("forest")]
    [InlineData("battlefield")]
    public void Preset_BuildsSetPiecesWithFootprintsAndKeepsTheStageCentreClear(string name)
    {
        var mesh = new MeshBuilder();
        var set = Sets.Build(name, 0, mesh);

        Assert.NotEmpty(mesh.Triangles);
        Assert.NotEmpty(set.Footprints);
        Assert.All(mesh.Triangles, t => Assert.Equal(0, t.Instance));
        // Nothing stands within 1.5 m of the origin, where the characters are blocked by default.
        Assert.DoesNotContain(mesh.Triangles, t => t.A.Y > 0.3 && Flat(t.A) < 1.5 && Flat(t.B) < 1.5 && Flat(t.C) < 1.5);
    }

    [Fact]
    public void Stage_IsEmpty()
    {
        var mesh = new MeshBuilder();
        var set = Sets.Build("stage", 0, mesh);
        Assert.Empty(mesh.Triangles);
        Assert.Empty(set.Footprints);
    }

    [Fact]
    public void Forest_SameSeed_SameTrees_OtherSeed_OtherTrees()
    {
        List<Triangle> Trees(long seed)
        {
            var mesh = new MeshBuilder();
            Sets.Build("forest", seed, mesh);
            return mesh.Triangles;
        }

        Assert.Equal(Trees(3), Trees(3));
        Assert.NotEqual(Trees(3).Take(50), Trees(4).Take(50));
    }

    [Fact]
    public void Props_EveryKind_Builds()
    {
        foreach (var kind in Props.KindNames)
        {
            var mesh = new MeshBuilder();
            var set = new SetDressing("stage", mesh, LinearColour.Grey(0.5));
            Props.Add(set, $"{kind} at=1,-2 yaw=30");
            Assert.True(mesh.Triangles.Count >= 12, kind);
            Assert.NotEmpty(set.Footprints);
        }
    }

    private static double Flat(Vec3 v) => Math.Sqrt((v.X * v.X) + (v.Z * v.Z));
}
