using Backlot.Domain.Characters;
using Backlot.Engines.Previs.Rendering;

namespace Backlot.Engines.Previs.Scene;

/// <summary>
/// An articulated mannequin: a pose's segment directions chained with lengths proportioned from the bible's height
/// and build, turned to the figure's facing, its head turned towards what it looks at (within a neck's reach), and
/// its lowest point set on the floor (a sitting figure rests on a seat). Builds the joints and the triangles.
/// </summary>
internal sealed class Mannequin
{
    private readonly Vec3[] _joints = new Vec3[Enum.GetValues<Joint>().Length];

    public Mannequin(Figure figure)
    {
        Figure = figure;
        var h = figure.HeightMetres;
        var w = WidthFactor(figure.Build);
        Height = h;
        Width = w;
        Depth = figure.Build == Build.Heavy ? 1.3 : figure.Build == Build.Slight ? 0.9 : figure.Build == Build.Athletic ? 1.05 : 1.0;
        Pose = Pose.Get(figure.Pose);
        Solve();
    }

    public Figure Figure { get; }

    public Pose Pose { get; }

    public double Height { get; }

    private double Width { get; }

    private double Depth { get; }

    /// <summary>Head frame in world space: up, front (towards the nose) and left.</summary>
    public (Vec3 Up, Vec3 Front, Vec3 Left) HeadFrame { get; private set; }

    /// <summary>Where the top of the seat is, for a sitting figure; else null.</summary>
    public double? SeatHeight { get; private set; }

    public Vec3 this[Joint joint] => _joints[(int)joint];

    public static double WidthFactor(Build build) => build switch
    {
        Build.Slight => 0.88,
        Build.Athletic => 1.08,
        Build.Heavy => 1.25,
        _ => 1.0,
    };

    /// <summary>Eyes above the floor when standing; the crown (with hair) is 0.07 of the height above them.</summary>
    public static double EyeHeight(double height) => height * 0.93;

    /// <summary>From the eyes up to the crown, with hair, and down to the chin, as shares of the height.</summary>
    public const double EyesToCrown = 0.07;

    public const double EyesToChin = 0.062;

    private void Solve()
    {
        var h = Height;
        var p = Pose;
        var spine = p.Spine;
        var front = p.Front.OrthogonalTo(spine);
        var left = Vec3.Cross(spine, front);

        // Chain in the figure's own frame with the pelvis at the origin; the floor is found afterwards.
        var local = new Vec3[_joints.Length];
        var pelvis = Vec3.Zero;
        var chest = pelvis + (spine * (0.2634 * h));
        local[(int)Joint.Pelvis] = pelvis;
        local[(int)Joint.Chest] = chest;

        // The head turns towards the look target, as far as a neck turns (75° sideways, 40° up or down).
        var headUp = p.HeadUp;
        var headFront = front.OrthogonalTo(headUp);
        if (Figure.LookAt is { } target)
        {
            var toTarget = ToLocal(target) - (chest + (headUp * (0.1 * h)) + new Vec3(0, Grounding(), 0));
            var yaw = Math.Clamp(Math.Atan2(Vec3.Dot(toTarget, Vec3.Cross(headUp, headFront)), Vec3.Dot(toTarget, headFront)), -75 * Math.PI / 180, 75 * Math.PI / 180);
            headFront = headFront.Rotate(headUp, yaw);
            var headLeft = Vec3.Cross(headUp, headFront);
            var flat = Math.Sqrt(Math.Pow(Vec3.Dot(toTarget, headFront), 2) + Math.Pow(Vec3.Dot(toTarget, headLeft), 2));
            var pitch = Math.Clamp(Math.Atan2(Vec3.Dot(toTarget, headUp), flat), -40 * Math.PI / 180, 40 * Math.PI / 180);
            headFront = headFront.Rotate(headLeft, -pitch);
            headUp = headUp.Rotate(headLeft, -pitch);
        }

        var neck = chest + (headUp * (0.04 * h));
        var head = neck + (headUp * (0.06 * h));
        var headSide = Vec3.Cross(headUp, headFront);
        _headLocal = (headUp, headFront, headSide);
        local[(int)Joint.Neck] = neck;
        local[(int)Joint.Head] = head;
        local[(int)Joint.Nose] = head + (headFront * (0.085 * h)) - (headUp * (0.018 * h));
        local[(int)Joint.EyeLeft] = head + (headFront * (0.056 * h)) + (headSide * (0.02 * h));
        local[(int)Joint.EyeRight] = head + (headFront * (0.056 * h)) - (headSide * (0.02 * h));
        local[(int)Joint.EarLeft] = head + (headSide * (0.052 * h)) - (headFront * (0.005 * h));
        local[(int)Joint.EarRight] = head - (headSide * (0.052 * h)) - (headFront * (0.005 * h));

        var shoulderDrop = chest - (spine * (0.025 * h));
        var armRight = p.UpperArmRight;
        var forearmRight = p.ForearmRight;
        if (Figure.PointAt is { } aim && p.Name == "point")
        {
            var from = shoulderDrop - (left * (0.118 * h * Width)) + new Vec3(0, Grounding(), 0);
            armRight = (ToLocal(aim) - from).Normalized();
            forearmRight = armRight;
        }

        Limb(local, Joint.ShoulderLeft, Joint.ElbowLeft, Joint.WristLeft, Joint.HandLeft, shoulderDrop + (left * (0.118 * h * Width)), p.UpperArmLeft, p.ForearmLeft, 0.17 * h, 0.15 * h, 0.1 * h);
        Limb(local, Joint.ShoulderRight, Joint.ElbowRight, Joint.WristRight, Joint.HandRight, shoulderDrop - (left * (0.118 * h * Width)), armRight, forearmRight, 0.17 * h, 0.15 * h, 0.1 * h);
        var hips = pelvis - (spine * (0.03 * h));
        Limb(local, Joint.HipLeft, Joint.KneeLeft, Joint.AnkleLeft, Joint.ToeLeft, hips + (left * (0.055 * h * Width)), p.ThighLeft, p.ShinLeft, 0.235 * h, 0.235 * h, 0);
        Limb(local, Joint.HipRight, Joint.KneeRight, Joint.AnkleRight, Joint.ToeRight, hips - (left * (0.055 * h * Width)), p.ThighRight, p.ShinRight, 0.235 * h, 0.235 * h, 0);
        foreach (var side in (ReadOnlySpan<Joint>)[Joint.AnkleLeft, Joint.AnkleRight])
        {
            var ankle = local[(int)side];
            var shin = side == Joint.AnkleLeft ? p.ShinLeft : p.ShinRight;
            local[(int)side + (Joint.ToeLeft - Joint.AnkleLeft)] = ankle + (FootFront(shin, front) * (0.11 * h)) + (shin * (0.03 * h));
        }

        _localJoints = local;
        _spine = spine;
        _front = front;
        _left = left;

        // The lowest surface point rests on the floor: measured on the built mesh, in the figure's frame.
        var probe = new MeshBuilder();
        AddBody(probe, Vec3.Zero, 0);
        var lowest = double.PositiveInfinity;
        foreach (var t in probe.Triangles)
            lowest = Math.Min(lowest, Math.Min(t.A.Y, Math.Min(t.B.Y, t.C.Y)));
        _lift = -lowest;
        if (Pose.NeedsSeat)
            SeatHeight = _lift + Math.Min(local[(int)Joint.HipLeft].Y, local[(int)Joint.HipRight].Y) - (0.045 * h * Width);

        for (var i = 0; i < local.Length; i++)
            _joints[i] = ToWorld(local[i] + new Vec3(0, _lift, 0));
        HeadFrame = (_headLocal.Up.RotateY(Figure.Yaw), _headLocal.Front.RotateY(Figure.Yaw), _headLocal.Left.RotateY(Figure.Yaw));
    }

    private Vec3[] _localJoints = [];
    private Vec3 _spine;
    private Vec3 _front;
    private Vec3 _left;
    private double _lift;
    private (Vec3 Up, Vec3 Front, Vec3 Left) _headLocal;

    // Before the floor is known, a standing pelvis is about 0.56 of the height up: good enough to aim the head.
    private double Grounding() => 0.56 * Height;

    private Vec3 ToLocal(Vec3 world) => (world - Figure.Feet).RotateY(-Figure.Yaw);

    private Vec3 ToWorld(Vec3 local) => local.RotateY(Figure.Yaw) + Figure.Feet;

    private static Vec3 FootFront(Vec3 shin, Vec3 front)
    {
        var f = front - (shin * Vec3.Dot(front, shin));
        return f.Length > 0.2 ? f.Normalized() : (-Vec3.UnitY).OrthogonalTo(shin);
    }

    private static void Limb(Vec3[] local, Joint root, Joint mid, Joint end, Joint tip, Vec3 origin, Vec3 upper, Vec3 lower, double upperLength, double lowerLength, double tipLength)
    {
        local[(int)root] = origin;
        local[(int)mid] = origin + (upper * upperLength);
        local[(int)end] = local[(int)mid] + (lower * lowerLength);
        if (tipLength > 0)
            local[(int)tip] = local[(int)end] + (lower * tipLength);
    }

    /// <summary>Adds the figure's triangles in world space, with its mask id; and its seat, if it sits, as set.</summary>
    public void AddTriangles(MeshBuilder mesh)
    {
        var instance = mesh.Instance;
        mesh.Instance = Figure.Instance;
        AddBody(mesh, new Vec3(0, _lift, 0), Figure.Yaw, Figure.Feet);
        mesh.Instance = instance;
        if (SeatHeight is { } seat)
        {
            var centre = ToWorld(((_localJoints[(int)Joint.HipLeft] + _localJoints[(int)Joint.HipRight]) * 0.5) + (_front * (0.06 * Height)) with { Y = 0 });
            mesh.Box(centre + new Vec3(0, seat / 2, 0), new Vec3(0.24, seat / 2, 0.22), Figure.Yaw, LinearColour.FromHex("#7a6a58"), SurfaceRole.Prop);
        }
    }

    private void AddBody(MeshBuilder mesh, Vec3 lift, double yaw, Vec3 origin = default)
    {
        var h = Height;
        var w = Width;
        var d = Depth;
        var c = Figure.Paint;
        Vec3 J(Joint j) => (_localJoints[(int)j] + lift).RotateY(yaw) + origin;
        Vec3 V(Vec3 v) => v.RotateY(yaw);
        var spine = V(_spine);
        var front = V(_front);
        var left = V(_left);
        var (headUp, headFront, headLeft) = (V(HeadFrameLocal.Up), V(HeadFrameLocal.Front), V(HeadFrameLocal.Left));

        var pelvis = J(Joint.Pelvis);
        var chest = J(Joint.Chest);
        var waist = pelvis + (spine * (0.075 * h));

        // Pelvis and torso as tapered boxes; shoulders, elbows and knees as balls so bent limbs stay closed.
        mesh.TaperedBox(pelvis - (spine * (0.065 * h)), waist, left * (0.088 * h * w), front * (0.055 * h * d), left * (0.084 * h * w), front * (0.052 * h * d), c.Bottom, SurfaceRole.Bottom);
        mesh.TaperedBox(waist, chest - (spine * (0.004 * h)), left * (0.084 * h * w), front * (0.05 * h * d), left * (0.108 * h * w), front * (0.056 * h * d), c.Top, SurfaceRole.Top);
        mesh.Cylinder(chest - (spine * (0.01 * h)), J(Joint.Neck) + (headUp * (0.01 * h)), 0.026 * h, 0.024 * h, 10, c.Skin, SurfaceRole.Skin);

        var head = J(Joint.Head);
        mesh.Ellipsoid(head, headLeft * (0.05 * h), headUp * (0.062 * h), headFront * (0.06 * h), 14, 9, c.Skin, SurfaceRole.Skin);
        mesh.Ellipsoid(head + (headUp * (0.004 * h)) - (headFront * (0.012 * h)), headLeft * (0.055 * h), headUp * (0.066 * h), headFront * (0.062 * h), 14, 9, c.Hair, SurfaceRole.Hair, Math.PI * 0.52);
        var noseRoot = head + (headFront * (0.052 * h)) - (headUp * (0.008 * h));
        mesh.Cylinder(noseRoot, J(Joint.Nose), 0.011 * h, 0.004 * h, 5, c.Skin * 0.85, SurfaceRole.Skin);
        foreach (var eye in (ReadOnlySpan<Joint>)[Joint.EyeLeft, Joint.EyeRight])
            mesh.OrientedBox(J(eye), headLeft * (0.009 * h), headUp * (0.0045 * h), headFront * (0.004 * h), Figure.EyeColour, SurfaceRole.Eyes);

        foreach (var (s, e, wr, hand) in (ReadOnlySpan<(Joint, Joint, Joint, Joint)>)[(Joint.ShoulderLeft, Joint.ElbowLeft, Joint.WristLeft, Joint.HandLeft), (Joint.ShoulderRight, Joint.ElbowRight, Joint.WristRight, Joint.HandRight)])
        {
            mesh.Ellipsoid(J(s), left * (0.036 * h * w), spine * (0.034 * h), front * (0.034 * h * d), 10, 6, c.Top, SurfaceRole.Top);
            mesh.Cylinder(J(s), J(e), 0.029 * h * w, 0.025 * h * w, 10, c.Top, SurfaceRole.Top);
            mesh.Ellipsoid(J(e), left * (0.025 * h * w), spine * (0.025 * h * w), front * (0.025 * h * w), 8, 5, c.Top, SurfaceRole.Top);
            mesh.Cylinder(J(e), J(wr), 0.025 * h * w, 0.019 * h * w, 10, c.Top, SurfaceRole.Top);
            mesh.Cylinder(J(wr), J(hand), 0.02 * h, 0.014 * h, 6, c.Skin, SurfaceRole.Skin);
        }

        foreach (var (hip, knee, ankle, toe) in (ReadOnlySpan<(Joint, Joint, Joint, Joint)>)[(Joint.HipLeft, Joint.KneeLeft, Joint.AnkleLeft, Joint.ToeLeft), (Joint.HipRight, Joint.KneeRight, Joint.AnkleRight, Joint.ToeRight)])
        {
            mesh.Cylinder(J(hip), J(knee), 0.047 * h * w, 0.034 * h * w, 10, c.Bottom, SurfaceRole.Bottom);
            mesh.Ellipsoid(J(knee), left * (0.034 * h * w), spine * (0.034 * h * w), front * (0.034 * h * w), 8, 5, c.Bottom, SurfaceRole.Bottom);
            mesh.Cylinder(J(knee), J(ankle), 0.034 * h * w, 0.025 * h * w, 10, c.Bottom, SurfaceRole.Bottom);
            var a = J(ankle);
            var t = J(toe);
            var along = (t - a).Normalized();
            var side = Vec3.Cross(along, a - J(knee)).Normalized();
            var up = Vec3.Cross(side, along).Normalized();
            if (Vec3.Dot(up, J(knee) - a) < 0)
                up = -up;
            var heel = a - (along * (0.035 * h));
            var mid = (heel + t) * 0.5;
            mesh.OrientedBox(mid - (up * (0.012 * h)), along * ((t - heel).Length / 2), up * (0.026 * h), side * (0.032 * h * w), c.Shoes, SurfaceRole.Shoes);
        }
    }

    private (Vec3 Up, Vec3 Front, Vec3 Left) HeadFrameLocal => _headLocal;
}
