using System.Globalization;
using Backlot.Engines.Previs.Rendering;
using Backlot.Imaging;

namespace Backlot.Engines.Previs.Scene;

/// <summary>
/// The <c>props</c> knob: entries separated by ';' or new lines, each <c>KIND at=x,z [size=w,d,h] [yaw=deg] [colour=#rrggbb]</c>
/// in set metres. Kinds: box, cylinder, crate, table, desk, chair, sofa, bed, car, tree, lamp, wall. Size is the
/// bounding box (width along x before turning, depth, height); each kind has a furniture-sized default.
/// Example: <c>table at=0,-1.5; chair at=0.8,-1.5 yaw=-90; car at=-4,2 yaw=90</c>.
/// </summary>
internal static class Props
{
    public const string Knob = "props";

    private static readonly Dictionary<string, (double W, double D, double H, string Colour)> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["box"] = (1, 1, 1, "#9a8f80"),
        ["cylinder"] = (0.6, 0.6, 1, "#8f8a84"),
        ["crate"] = (0.8, 0.8, 0.8, "#9b7b52"),
        ["table"] = (1.4, 0.8, 0.75, "#6e4f35"),
        ["desk"] = (1.5, 0.7, 0.75, "#5d4a3a"),
        ["chair"] = (0.5, 0.5, 0.9, "#6e4f35"),
        ["sofa"] = (2.0, 0.9, 0.85, "#6a5a7a"),
        ["bed"] = (1.6, 2.1, 0.55, "#d8d0c0"),
        ["car"] = (1.8, 4.4, 1.45, "#46627e"),
        ["tree"] = (3, 3, 6, "#4d7a3a"),
        ["lamp"] = (0.4, 0.4, 1.6, "#f4e2b0"),
        ["wall"] = (3, 0.15, 2.6, "#cfc4b0"),
    };

    public static IReadOnlyCollection<string> KindNames => Kinds.Keys;

    /// <summary>A kind's default height in metres, or null for an unknown kind.</summary>
    public static double? DefaultHeight(string kind) => Kinds.TryGetValue(kind, out var k) ? k.H : null;

    public static void Add(SetDressing set, string text)
    {
        foreach (var raw in text.Split([';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var tokens = raw.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (!Kinds.TryGetValue(tokens[0], out var kind))
                throw Error($"'{raw}': '{tokens[0]}' is not a prop (one of {string.Join(", ", Kinds.Keys)})");
            (double X, double Z)? at = null;
            var (w, d, h) = (kind.W, kind.D, kind.H);
            var yaw = 0.0;
            var colour = LinearColour.FromHex(kind.Colour);
            foreach (var token in tokens.Skip(1))
            {
                var eq = token.IndexOf('=', StringComparison.Ordinal);
                var key = eq > 0 ? token[..eq].ToUpperInvariant() : "";
                var value = eq > 0 ? token[(eq + 1)..] : "";
                var numbers = Numbers(value);
                switch (key)
                {
                    case "AT" when numbers is [var x, var z]:
                        at = (x, z);
                        break;
                    case "SIZE" when numbers is [var sw, var sd, var sh] && sw > 0 && sd > 0 && sh > 0 && sw < 200 && sd < 200 && sh < 200:
                        (w, d, h) = (sw, sd, sh);
                        break;
                    case "YAW" when numbers is [var deg]:
                        yaw = deg * Math.PI / 180;
                        break;
                    case "COLOUR" or "COLOR":
                        try
                        {
                            colour = LinearColour.FromSrgb(Rgba32.FromHex(value));
                        }
                        catch (FormatException e)
                        {
                            throw new EngineException($"knob '{Knob}': '{raw}': '{token}' is not a colour (#rrggbb)", e);
                        }

                        break;
                    default:
                        throw Error($"'{raw}': '{token}' is not understood (expected at=x,z, size=w,d,h with sizes above 0, yaw=degrees or colour=#rrggbb)");
                }
            }

            if (at is not { } p)
                throw Error($"'{raw}' needs at=x,z");
            Build(set, tokens[0].ToLowerInvariant(), p.X, p.Z, w, d, h, yaw, colour);
        }
    }

    private static void Build(SetDressing set, string kind, double x, double z, double w, double d, double h, double yaw, LinearColour colour)
    {
        Vec3 At(double lx, double lz) => new Vec3(lx, 0, lz).RotateY(yaw) + new Vec3(x, 0, z);
        void Piece(double lx, double lz, double pw, double pd, double ph, double bottom, LinearColour c, bool plot = false)
        {
            var p = At(lx, lz);
            set.Block(p.X, p.Z, pw, pd, ph, yaw, c, SurfaceRole.Prop, bottom, plot);
        }

        var dark = colour * 0.6;
        switch (kind)
        {
            case "cylinder":
                set.Post(x, z, w / 2, w / 2, h, colour, SurfaceRole.Prop, sides: 16);
                break;
            case "table" or "desk":
                Piece(0, 0, w, d, 0.05, h - 0.05, colour, plot: true);
                foreach (var (sx, sz) in (ReadOnlySpan<(double, double)>)[(-1, -1), (1, -1), (-1, 1), (1, 1)])
                    Piece(sx * ((w / 2) - 0.06), sz * ((d / 2) - 0.06), 0.06, 0.06, h - 0.05, 0, colour);
                break;
            case "chair":
                Piece(0, 0, w, d, 0.05, h * 0.5, colour, plot: true);
                Piece(0, -(d / 2) + 0.03, w, 0.05, h * 0.45, h * 0.55, colour);
                foreach (var (sx, sz) in (ReadOnlySpan<(double, double)>)[(-1, -1), (1, -1), (-1, 1), (1, 1)])
                    Piece(sx * ((w / 2) - 0.03), sz * ((d / 2) - 0.03), 0.04, 0.04, h * 0.5, 0, colour);
                break;
            case "sofa":
                Piece(0, 0.05, w, d - 0.1, h * 0.5, 0, colour, plot: true);
                Piece(0, -(d / 2) + 0.1, w, 0.2, h, 0, dark);
                Piece(-(w / 2) + 0.1, 0.05, 0.2, d - 0.1, h * 0.7, 0, dark);
                Piece((w / 2) - 0.1, 0.05, 0.2, d - 0.1, h * 0.7, 0, dark);
                break;
            case "bed":
                Piece(0, 0, w, d, h, 0, colour, plot: true);
                Piece(0, -(d / 2) + 0.04, w, 0.08, h * 1.8, 0, C("#6e4f35"));
                Piece(0, -(d / 2) + 0.35, w * 0.8, 0.4, 0.12, h, C("#f2efe8"));
                break;
            case "car":
                Piece(0, 0, w, d, h * 0.45, 0.3, colour, plot: true);
                Piece(0, -0.15, w * 0.9, d * 0.5, h * 0.4, 0.3 + (h * 0.45), C("#2f3a44"));
                foreach (var (sx, sz) in (ReadOnlySpan<(double, double)>)[(-1, -1), (1, -1), (-1, 1), (1, 1)])
                {
                    var a = At(sx * ((w / 2) - 0.1), sz * ((d / 2) - 0.75)) + new Vec3(0, 0.33, 0);
                    var axle = new Vec3(1, 0, 0).RotateY(yaw) * 0.11;
                    set.Mesh.Cylinder(a - axle, a + axle, 0.33, 0.33, 12, C("#1e1e1e"), SurfaceRole.Prop);
                }

                break;
            case "tree":
                set.Post(x, z, w * 0.08, w * 0.06, h * 0.55, C("#5b4331"), SurfaceRole.Prop, plot: false, sides: 7);
                set.Mesh.Ellipsoid(new Vec3(x, h * 0.68, z), new Vec3(w / 2, 0, 0), new Vec3(0, h * 0.32, 0), new Vec3(0, 0, d / 2), 10, 7, colour, SurfaceRole.Foliage);
                set.Footprints.Add(new Footprint(x, z, w / 2, d / 2, 0, true, colour));
                break;
            case "lamp":
                set.Post(x, z, w * 0.4, w * 0.4, 0.03, C("#2a2a2a"), SurfaceRole.Prop, sides: 10);
                set.Post(x, z, 0.02, 0.02, h * 0.88, C("#2a2a2a"), SurfaceRole.Prop, plot: false, sides: 6);
                set.Post(x, z, w / 2, w * 0.3, h * 0.18, colour, SurfaceRole.Prop, bottom: h * 0.82, plot: false, sides: 12);
                break;
            default:
                Piece(0, 0, w, d, h, 0, colour, plot: true);
                break;
        }
    }

    private static LinearColour C(string hex) => LinearColour.FromHex(hex);

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
