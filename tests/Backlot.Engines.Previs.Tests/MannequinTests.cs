using Backlot.Domain.Characters;
using Backlot.Engines.Previs.Rendering;
using Backlot.Engines.Previs.Scene;

namespace Backlot.Engines.Previs.Tests;

public class MannequinTests
{
    private static Mannequin Make(string pose, double height = 1.8, Build build = Build.Average, double yaw = 0) =>
        new(new Figure("A", 1, new Vec3(1, 0, -2), yaw, height, build, FigureColours.For(PrevisTestRequests.Edward, 0), pose));

    private static (double Min, double Max) VerticalExtent(Mannequin m)
    {
        var mesh = new MeshBuilder();
        m.AddTriangles(mesh);
        var ys = mesh.Triangles.Where(t => t.Instance == 1).SelectMany(t => new[] { t.A.Y, t.B.Y, t.C.Y }).ToList();
        return (ys.Min(), ys.Max());
    }

    [Theory]
    [InlineData(1.8)]
    [InlineData(1.62)]
    [InlineData(2.05)]
    public void Standing_IsAsTallAsTheBibleSaysWithFeetOnTheFloor(double height)
    {
        var (min, max) = VerticalExtent(Make("stand", height));
        Assert.Equal(0, min, 6);
        Assert.InRange(max / height, 0.995, 1.005);
    }

    [Fact]
    public void Standing_HasEyesAt093OfTheHeight()
    {
        var m = Make("stand");
        Assert.InRange(m[Joint.EyeLeft].Y / 1.8, 0.925, 0.935);
    }

    [Theory]
    [InlineData("stand")]
    [InlineData("walk")]
    [InlineData("run")]
    [InlineData("sit")]
    [InlineData("kneel")]
    [InlineData("lie")]
    [InlineData("point")]
    [InlineData("reach")]
    [InlineData("fight")]
    [InlineData("fall")]
    public void EveryPose_RestsOnTheFloorWithItsJointsAboveIt(string pose)
    {
        var m = Make(pose);
        var (min, _) = VerticalExtent(m);
        Assert.Equal(0, min, 6);
        Assert.All(Enum.GetValues<Joint>(), j => Assert.True(m[j].Y > -1e-9, $"{pose}: {j} below the floor"));
    }

    [Fact]
    public void Poses_PutTheHeadWhereTheyShould()
    {
        double Head(string pose) => Make(pose)[Joint.Head].Y / 1.8;
        Assert.InRange(Head("sit"), 0.6, 0.78);
        Assert.InRange(Head("kneel"), 0.6, 0.8);
        Assert.InRange(Head("lie"), 0, 0.15);
        Assert.InRange(Head("stand"), 0.9, 0.96);
    }

    [Fact]
    public void Facing_TurnsTheNoseWithTheYaw()
    {
        var front = Make("stand", yaw: 0);
        var side = Make("stand", yaw: Math.PI / 2);
        Assert.True(front[Joint.Nose].Z > front[Joint.Head].Z + 0.05);
        Assert.True(side[Joint.Nose].X > side[Joint.Head].X + 0.05);
    }

    [Fact]
    public void LookAt_TurnsTheHeadButNotTheBody()
    {
        var figure = new Figure("A", 1, Vec3.Zero, 0, 1.8, Build.Average, FigureColours.For(PrevisTestRequests.Edward, 0), "stand") { LookAt = new Vec3(5, 1.7, 0) };
        var m = new Mannequin(figure);
        Assert.True(m.HeadFrame.Front.X > 0.7, $"head front {m.HeadFrame.Front}");
        Assert.Equal(m[Joint.ShoulderLeft].Z, m[Joint.ShoulderRight].Z, 6);
    }

    [Fact]
    public void Heavy_IsWiderThanSlight()
    {
        double Shoulders(Build b) { var m = Make("stand", build: b); return (m[Joint.ShoulderLeft] - m[Joint.ShoulderRight]).Length; }
        Assert.True(Shoulders(Build.Heavy) > Shoulders(Build.Average) && Shoulders(Build.Average) > Shoulders(Build.Slight));
    }
}
