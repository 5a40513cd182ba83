using Backlot.Domain.Sheets;
using Backlot.Engines.Previs.Rendering;

namespace Backlot.Engines.Previs.Scene;

/// <summary>Where the camera stands and what it aims at, before pan, tilt and roll; and who is not drawn (POV).</summary>
internal sealed record CameraPlacement(Vec3 Position, Vec3 Target, string? HiddenCharacter, string Description);

/// <summary>
/// Places the camera from the shot size, the framing and the framed character's proportions (its height and where
/// its eyes are in its pose). Each size shows a vertical slice of the subject at the subject's distance:
/// ECU 0.11 h with the eyes near the centre; CU 0.22 h, MCU 0.34 h and MS 0.5 h with the eyes on the upper third
/// (so a CU keeps chin to crown at about 60 % of the frame, an MCU cuts at the chest and an MS at the waist);
/// FS the whole figure with a little room; WS 2.4 h and EWS 6 h with the figure low in the frame. The distance
/// follows from the lens: d = slice / (2 tan(vertical FOV / 2)). From FS out the camera looks level from the
/// slice's centre; closer in it stands at eye level. High and low angles raise or lower it on an arc (30° and 20°).
/// Two-shots frame both characters side by side from the side they face; over-the-shoulder stands behind the other
/// character's right shoulder; POV stands at the other character's eyes (who is then not drawn).
/// </summary>
internal static class Framing
{
    public const double DefaultSubjectHeight = 1.75;

    public static IReadOnlyList<string> Sizes => SizeOrder;

    private static readonly string[] SizeOrder = ["EWS", "WS", "FS", "MS", "MCU", "CU", "ECU"];

    /// <summary>Whether a size is full shot or wider.</summary>
    public static bool IsWide(string size) => Array.IndexOf(SizeOrder, size) <= 2;

    /// <summary>
    /// Framings the engine draws. Besides its own four it reads the shot planner's vocabulary: an establishing or
    /// group shot and a cut-away are singles (a wide with nobody named keeps the whole group), and an insert is a
    /// close shot of the first prop (a stand-in box when the set has none).
    /// </summary>
    public static IReadOnlyList<string> Modes { get; } = ["single", "two-shot", "ots", "pov", "establishing", "group", "cutaway", "insert"];

    /// <summary>Where an insert looks when the <c>props</c> knob places nothing: a stand-in box at the set's centre.</summary>
    public const string InsertStandIn = "box at=0,0 size=0.25,0.25,0.25 colour=#b08d57";

    public static CameraPlacement Place(PrevisSettings s, IReadOnlyList<Mannequin> figures, double verticalFov, double horizontalFov)
    {
        var subject = Find(figures, s.Subject, KnobNames.Subject) ?? (figures.Count > 0 ? figures[0] : null);
        var other = Find(figures, s.Over, PrevisKnobs.Over);
        if (other is not null && subject is not null && ReferenceEquals(other, subject))
            throw new EngineException($"knob '{PrevisKnobs.Over}': {other.Figure.Name} is the subject; name the other character");
        other ??= subject is null ? null : figures.Where(f => !ReferenceEquals(f, subject)).OrderBy(f => Flat(f.Figure.Feet - subject.Figure.Feet)).FirstOrDefault();

        if (s.Framing is "ots" or "pov" or "two-shot" && (subject is null || other is null))
            throw new EngineException($"knob '{KnobNames.Framing}': {s.Framing} needs two characters in the shot");

        CameraPlacement placement = s.Framing switch
        {
            "two-shot" => TwoShot(s, subject!, other!, verticalFov, horizontalFov),
            "ots" => OverTheShoulder(s, subject!, other!, verticalFov),
            "pov" => PointOfView(s, subject!, other!),
            "insert" => Insert(s, verticalFov),
            _ => Single(s, figures, subject, verticalFov, horizontalFov),
        };

        var position = placement.Position;
        if (s.CameraPosition is { } p)
            position = new Vec3(p.X, position.Y, p.Z);
        if (s.CameraHeight > 0)
            position = position with { Y = s.CameraHeight };
        position = position with { Y = Math.Max(0.1, position.Y) };
        var target = s.CameraTarget ?? placement.Target;
        return placement with { Position = position, Target = target };
    }

    /// <summary>The vertical slice a size shows: its height and its centre's height, for a figure.</summary>
    public static (double Slice, double Centre) Slice(string size, Mannequin? m)
    {
        var h = m?.Height ?? DefaultSubjectHeight;
        var eyes = m is null ? Mannequin.EyeHeight(h) : m[Joint.Head].Y;
        var crown = eyes + (Mannequin.EyesToCrown * h);
        return size switch
        {
            "ECU" => (0.11 * h, eyes - (0.05 * 0.11 * h)),
            "CU" => (0.22 * h, eyes - (0.22 * h / 6)),
            "MCU" => (0.34 * h, eyes - (0.34 * h / 6)),
            "MS" => (0.5 * h, eyes - (0.5 * h / 6)),
            "FS" => (crown + (0.1 * h), (crown + (0.06 * h) - (0.04 * h)) / 2),
            "WS" => (2.4 * h, -(0.45 * h) + (1.2 * h)),
            _ => (6 * h, -(1.2 * h) + (3 * h)),
        };
    }

    private static CameraPlacement Single(PrevisSettings s, IReadOnlyList<Mannequin> figures, Mannequin? subject, double vfov, double hfov)
    {
        var (slice, centre) = Slice(s.Size, subject);
        var distance = slice / 2 / Math.Tan(vfov / 2);
        Vec3 aim;
        Vec3 facing;
        var group = figures.Count > 1 && s.Subject.Length == 0 && IsWide(s.Size);
        if (group)
        {
            // A wide shot with nobody named keeps the whole group in frame, seen from downstage.
            var minX = figures.Min(f => f.Figure.Feet.X);
            var maxX = figures.Max(f => f.Figure.Feet.X);
            var tallest = figures.MaxBy(f => f[Joint.Head].Y)!;
            (slice, centre) = Slice(s.Size, tallest);
            distance = Math.Max(slice / 2 / Math.Tan(vfov / 2), (((maxX - minX) / 2) + 0.5) * 1.1 / Math.Tan(hfov / 2));
            aim = new Vec3((minX + maxX) / 2, centre, figures.Max(f => f.Figure.Feet.Z));
            facing = Vec3.UnitZ;
        }
        else
        {
            var feet = subject?.Figure.Feet ?? Vec3.Zero;
            aim = feet with { Y = centre };
            facing = SingleSide(subject?.Figure.Facing ?? Vec3.UnitZ);
        }

        var eyes = subject is null ? Mannequin.EyeHeight(DefaultSubjectHeight) : subject[Joint.Head].Y;
        var level = IsWide(s.Size) ? centre : eyes;
        return new CameraPlacement(Orbit(aim, facing, distance, level, s.Angle), aim, null, group ? "group" : subject?.Figure.Name ?? "set");
    }

    private static CameraPlacement TwoShot(PrevisSettings s, Mannequin a, Mannequin b, double vfov, double hfov)
    {
        var tallest = a[Joint.Head].Y >= b[Joint.Head].Y ? a : b;
        var (slice, centre) = Slice(s.Size, tallest);
        var pa = a.Figure.Feet;
        var pb = b.Figure.Feet;
        var across = pb - pa;
        var side = new Vec3(-across.Z, 0, across.X).Normalized();
        if (side.Length < 0.5)
            side = Vec3.UnitZ;
        // Stand on the side both face, downstage when it is a tie.
        var facing = a.Figure.Facing + b.Figure.Facing;
        if (Vec3.Dot(side, facing) < 0 || (Math.Abs(Vec3.Dot(side, facing)) < 1e-9 && side.Z < 0))
            side = -side;
        var halfSpan = (Flat(across) / 2) + (0.35 * tallest.Height);
        var distance = Math.Max(slice / 2 / Math.Tan(vfov / 2), halfSpan * 1.08 / Math.Tan(hfov / 2));
        var aim = ((pa + pb) * 0.5) with { Y = centre };
        var level = IsWide(s.Size) ? centre : Math.Max(a[Joint.Head].Y, b[Joint.Head].Y);
        return new CameraPlacement(Orbit(aim, side, distance, level, s.Angle), aim, null, $"{a.Figure.Name} and {b.Figure.Name}");
    }

    private static CameraPlacement OverTheShoulder(PrevisSettings s, Mannequin subject, Mannequin over, double vfov)
    {
        var (slice, centre) = Slice(s.Size, subject);
        var toOver = over.Figure.Feet - subject.Figure.Feet;
        var direction = Flat(toOver) > 1e-6 ? (toOver with { Y = 0 }).Normalized() : subject.Figure.Facing;
        var distance = Math.Max(slice / 2 / Math.Tan(vfov / 2), Flat(toOver) + 0.6);
        // The over character faces the subject; its right is the camera's side.
        var right = Vec3.Cross(-direction, Vec3.UnitY).Normalized();
        var position = subject.Figure.Feet + (direction * distance) + (right * (0.3 * over.Height / 1.75));
        var aim = subject.Figure.Feet with { Y = centre };
        return new CameraPlacement(position with { Y = over[Joint.Head].Y + 0.04 }, aim, null, $"{subject.Figure.Name} over {over.Figure.Name}");
    }

    private static CameraPlacement Insert(PrevisSettings s, double vfov)
    {
        var (x, z, height) = FirstProp(s.Props.Length > 0 ? s.Props : InsertStandIn);
        var aim = new Vec3(x, height / 2, z);
        var slice = Math.Max(0.2, height * 1.6);
        var distance = slice / 2 / Math.Tan(vfov / 2);
        return new CameraPlacement(Orbit(aim, Vec3.UnitZ, distance, aim.Y, s.Angle), aim, null, "insert");
    }

    // The first prop's place and height from the props knob's text ("KIND at=x,z [size=w,d,h]"; unsized, its kind's height).
    private static (double X, double Z, double Height) FirstProp(string props)
    {
        var first = props.Split([';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
        var tokens = first.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        double x = 0, z = 0, height = (tokens.Length > 0 ? Props.DefaultHeight(tokens[0]) : null) ?? 0.75;
        foreach (var token in tokens)
        {
            var parts = token.Split('=', 2);
            if (parts.Length != 2)
                continue;
            var numbers = parts[1].Split(',').Select(n => double.TryParse(n, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : double.NaN).ToArray();
            if (parts[0].Equals("at", StringComparison.OrdinalIgnoreCase) && numbers is [var ax, var az] && double.IsFinite(ax) && double.IsFinite(az))
                (x, z) = (ax, az);
            else if (parts[0].Equals("size", StringComparison.OrdinalIgnoreCase) && numbers is [_, _, var h] && h is > 0 and < 200)
                height = h;
        }

        return (x, z, height);
    }

    private static CameraPlacement PointOfView(PrevisSettings s, Mannequin subject, Mannequin viewer)
    {
        var (_, centre) = Slice(s.Size, subject);
        var eyes = (viewer[Joint.EyeLeft] + viewer[Joint.EyeRight]) * 0.5;
        var aim = subject.Figure.Feet with { Y = centre };
        var forward = (aim - eyes).Normalized();
        return new CameraPlacement(eyes + (forward * 0.08), aim, viewer.Figure.Name, $"{viewer.Figure.Name}'s view of {subject.Figure.Name}");
    }

    // A single stands in front of the subject; when the subject faces away from downstage (usually towards a partner,
    // who would block a camera on that line) it swings 35° towards downstage for a three-quarter view.
    private static Vec3 SingleSide(Vec3 facing)
    {
        if (facing.Z > 0.9)
            return facing;
        var swing = 35 * Math.PI / 180;
        var left = facing.RotateY(swing);
        var right = facing.RotateY(-swing);
        return left.Z >= right.Z ? left : right;
    }

    // The camera on the aim's facing side at the given distance, at 'level' height or raised/lowered on an arc.
    private static Vec3 Orbit(Vec3 aim, Vec3 facing, double distance, double level, string angle)
    {
        var y = angle switch
        {
            "high" => aim.Y + (distance * Math.Sin(30 * Math.PI / 180)),
            "low" => aim.Y - (distance * Math.Sin(20 * Math.PI / 180)),
            _ => level,
        };
        y = Math.Max(0.15, y);
        var rise = y - aim.Y;
        var horizontal = Math.Sqrt(Math.Max((distance * distance) - (rise * rise), distance * distance * 0.25));
        var f = (facing with { Y = 0 }).Normalized();
        return new Vec3(aim.X + (f.X * horizontal), y, aim.Z + (f.Z * horizontal));
    }

    private static Mannequin? Find(IReadOnlyList<Mannequin> figures, string name, string knob)
    {
        if (name.Length == 0)
            return null;
        return figures.FirstOrDefault(f => string.Equals(f.Figure.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? throw new EngineException($"knob '{knob}': '{name}' is not in this shot (in frame: {(figures.Count == 0 ? "nobody" : string.Join(", ", figures.Select(f => f.Figure.Name)))})");
    }

    private static double Flat(Vec3 v) => Math.Sqrt((v.X * v.X) + (v.Z * v.Z));
}
