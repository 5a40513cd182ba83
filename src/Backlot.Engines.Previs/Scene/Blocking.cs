using Backlot.Engines.Previs.Rendering;

namespace Backlot.Engines.Previs.Scene;

/// <summary>
/// Where the characters stand and what they do. Characters the blocking knob leaves out keep the default arrangement:
/// a row centred on the origin, 0.9 m apart, on a gentle arc whose ends come downstage, each turned towards a point
/// 6 m downstage (the camera's side). A blocked character faces its face= target, else what it looks at, else downstage.
/// </summary>
internal static class Blocking
{
    public const double Spacing = 0.9;

    public static IReadOnlyList<Figure> Place(IReadOnlyList<FrameCharacter> characters, IReadOnlyList<BlockingEntry> entries)
    {
        if (characters.Count > 250)
            throw new EngineException($"previs draws at most 250 characters in a shot, not {characters.Count}");
        var byName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < characters.Count; i++)
            byName.TryAdd(characters[i].Name, i);

        var blocked = new BlockingEntry?[characters.Count];
        foreach (var e in entries)
        {
            if (!byName.TryGetValue(e.Character, out var index))
                throw Error($"'{e.Character}' is not in this shot (in frame: {InFrame(characters)})");
            blocked[index] = e;
        }

        var feet = new Vec3[characters.Count];
        for (var i = 0; i < characters.Count; i++)
        {
            var x = (i - ((characters.Count - 1) / 2.0)) * Spacing;
            feet[i] = blocked[i]?.Position is { } p ? new Vec3(p.X, 0, p.Z) : new Vec3(x, 0, 0.12 * x * x);
        }

        var figures = new List<Figure>(characters.Count);
        for (var i = 0; i < characters.Count; i++)
        {
            var c = characters[i];
            var e = blocked[i];
            var pose = e?.Pose ?? "stand";
            Vec3? Resolve(BlockingTarget? target, string what, double height)
            {
                if (target is null || target.Camera)
                    return null;
                if (target.Character is { } name)
                {
                    if (!byName.TryGetValue(name, out var j))
                        throw Error($"{c.Name}: {what}={name} names no character in this shot (in frame: {InFrame(characters)})");
                    var other = characters[j];
                    return feet[j] with { Y = other.Bible.HeightMetres * height * PoseHeight(blocked[j]?.Pose ?? "stand") };
                }

                return target.X is { } tx ? new Vec3(tx, target.Y ?? (c.Bible.HeightMetres * height * PoseHeight(pose)), target.Z!.Value) : null;
            }

            var look = Resolve(e?.Look, "look", 0.93);
            var pointAt = Resolve(e?.Point, "point", 0.75) ?? (pose == "point" ? look : null);
            var face = e?.Face;
            var toward = Resolve(face, "face", 0.93) ?? pointAt ?? look;
            double yaw;
            if (face?.Degrees is { } deg)
                yaw = deg * Math.PI / 180;
            else if (face is { Camera: true })
                yaw = 0;
            else if (toward is { } t && Flat(t - feet[i]) > 1e-6)
                yaw = YawTowards(feet[i], t);
            else
                yaw = YawTowards(feet[i], new Vec3(0, 0, 6));

            figures.Add(new Figure(c.Name, (byte)(i + 1), feet[i], yaw, c.Bible.HeightMetres, c.Bible.Build, FigureColours.For(c, i), pose)
            {
                LookAt = look,
                PointAt = pointAt,
            });
        }

        return figures;
    }

    /// <summary>Names of characters whose blocking asks them to look at the camera, once it is placed.</summary>
    public static IReadOnlySet<string> LookingAtCamera(IReadOnlyList<BlockingEntry> entries) =>
        entries.Where(e => e.Look is { Camera: true }).Select(e => e.Character).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Roughly how high a pose carries the head, as a share of standing.</summary>
    public static double PoseHeight(string pose) => pose switch
    {
        "sit" => 0.7,
        "kneel" => 0.72,
        "lie" => 0.1,
        "fall" => 0.8,
        "run" => 0.95,
        _ => 1.0,
    };

    public static double YawTowards(Vec3 from, Vec3 to) => Math.Atan2(to.X - from.X, to.Z - from.Z);

    private static double Flat(Vec3 v) => Math.Sqrt((v.X * v.X) + (v.Z * v.Z));

    private static string InFrame(IReadOnlyList<FrameCharacter> characters) =>
        characters.Count == 0 ? "nobody" : string.Join(", ", characters.Select(c => c.Name));

    private static EngineException Error(string message) => new($"knob '{BlockingScript.Knob}': {message}");
}
