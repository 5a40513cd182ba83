using System.Globalization;

namespace Backlot.Engines.Previs.Scene;

/// <summary>A place or thing a character faces, looks or points at: another character, the camera, a point or an angle.</summary>
internal sealed record BlockingTarget(string? Character, bool Camera, double? X, double? Y, double? Z, double? Degrees)
{
    public static BlockingTarget OfCharacter(string name) => new(name, false, null, null, null, null);
}

/// <summary>One character's line of the blocking knob.</summary>
internal sealed record BlockingEntry(string Character)
{
    public (double X, double Z)? Position { get; init; }

    public string? Pose { get; init; }

    public BlockingTarget? Face { get; init; }

    public BlockingTarget? Look { get; init; }

    public BlockingTarget? Point { get; init; }
}

/// <summary>
/// Parses the <c>blocking</c> knob: entries separated by ';' or new lines, each <c>NAME: key=value …</c>.
/// Keys: <c>pos=x,z</c> (set metres; +x stage left, +z downstage, towards the camera's side), <c>stage=</c> one of
/// DSL DS DSR SL C SR USL US USR (also DSC, CS, USC, L, R), <c>pose=</c> a pose name, <c>face=</c>, <c>look=</c> and
/// <c>point=</c> with a character's name, <c>camera</c>, a point <c>x,z</c> (look also takes <c>x,y,z</c>) or, for
/// face, an angle in degrees (<c>face=90deg</c>; 0 faces downstage, 90 stage left).
/// Example: <c>ANNA: pos=1.2,3 pose=sit face=BOB; BOB: stage=DSL pose=point look=ANNA</c>.
/// </summary>
internal static class BlockingScript
{
    public const string Knob = "blocking";

    /// <summary>Stage areas in set metres: stage left is +x (the actor's left facing the audience), downstage is +z.</summary>
    public static IReadOnlyDictionary<string, (double X, double Z)> StageAreas { get; } = new Dictionary<string, (double, double)>(StringComparer.OrdinalIgnoreCase)
    {
        ["DSL"] = (2, 1.5), ["DS"] = (0, 1.5), ["DSC"] = (0, 1.5), ["DSR"] = (-2, 1.5),
        ["SL"] = (2, 0), ["L"] = (2, 0), ["C"] = (0, 0), ["CS"] = (0, 0), ["SR"] = (-2, 0), ["R"] = (-2, 0),
        ["USL"] = (2, -1.5), ["US"] = (0, -1.5), ["USC"] = (0, -1.5), ["USR"] = (-2, -1.5),
    };

    public static IReadOnlyList<BlockingEntry> Parse(string text)
    {
        var entries = new List<BlockingEntry>();
        foreach (var raw in text.Split([';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = raw.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
                throw Error($"'{raw}' does not start with a character's name and a colon (NAME: pos=x,z pose=stand …)");
            var name = raw[..colon].Trim();
            if (entries.Any(e => string.Equals(e.Character, name, StringComparison.OrdinalIgnoreCase)))
                throw Error($"{name} is blocked twice");
            var entry = new BlockingEntry(name);
            foreach (var token in raw[(colon + 1)..].Split(' ', '\t').Where(t => t.Length > 0))
                entry = Apply(entry, token);
            entries.Add(entry);
        }

        return entries;
    }

    private static BlockingEntry Apply(BlockingEntry entry, string token)
    {
        var eq = token.IndexOf('=', StringComparison.Ordinal);
        var key = eq > 0 ? token[..eq].ToUpperInvariant() : "";
        var value = eq > 0 ? token[(eq + 1)..] : "";
        string Where() => $"{entry.Character}: '{token}'";
        switch (key)
        {
            case "POS":
                var p = Numbers(value);
                if (p is not { Length: 2 })
                    throw Error($"{Where()} needs x,z in metres (pos=1.2,-3)");
                return entry with { Position = (p[0], p[1]) };
            case "STAGE":
                return StageAreas.TryGetValue(value, out var area)
                    ? entry with { Position = area }
                    : throw Error($"{Where()} is not a stage area (one of {string.Join(" ", StageAreas.Keys)})");
            case "POSE":
                var pose = value.ToLowerInvariant();
                return Scene.Pose.Names.Contains(pose)
                    ? entry with { Pose = pose }
                    : throw Error($"{Where()} is not a pose (one of {string.Join(", ", Scene.Pose.Names)})");
            case "FACE":
                return entry with { Face = Target(value, Where, allowDegrees: true) };
            case "LOOK":
                return entry with { Look = Target(value, Where, allowDegrees: false) };
            case "POINT":
                return entry with { Point = Target(value, Where, allowDegrees: false), Pose = entry.Pose ?? "point" };
            default:
                throw Error($"{Where()} is not understood (expected pos=, stage=, pose=, face=, look= or point=)");
        }
    }

    private static BlockingTarget Target(string value, Func<string> where, bool allowDegrees)
    {
        if (value.Length == 0)
            throw Error($"{where()} names nothing");
        if (string.Equals(value, "camera", StringComparison.OrdinalIgnoreCase) || string.Equals(value, "audience", StringComparison.OrdinalIgnoreCase))
            return new(null, true, null, null, null, null);
        if (allowDegrees && value.EndsWith("deg", StringComparison.OrdinalIgnoreCase))
        {
            return double.TryParse(value[..^3], NumberStyles.Float, CultureInfo.InvariantCulture, out var deg) && double.IsFinite(deg)
                ? new(null, false, null, null, null, deg)
                : throw Error($"{where()} is not an angle (face=90deg)");
        }

        if (char.IsAsciiDigit(value[0]) || value[0] is '-' or '+' or '.')
        {
            return Numbers(value) switch
            {
                [var x, var z] => new(null, false, x, null, z, null),
                [var x, var y, var z] when !allowDegrees => new(null, false, x, y, z, null),
                _ => throw Error($"{where()} needs a point x,z{(allowDegrees ? "" : " or x,y,z")} in metres"),
            };
        }

        return BlockingTarget.OfCharacter(value);
    }

    private static double[]? Numbers(string value)
    {
        var parts = value.Split(',');
        var result = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out result[i]) || !double.IsFinite(result[i]) || Math.Abs(result[i]) > 10000)
                return null;
        }

        return result;
    }

    private static EngineException Error(string message) => new($"knob '{Knob}': {message}");
}
