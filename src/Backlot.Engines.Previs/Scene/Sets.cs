using Backlot.Engines.Previs.Rendering;

namespace Backlot.Engines.Previs.Scene;

/// <summary>
/// Set presets built from primitives around the stage's centre (the origin), with downstage (+z) kept clear for the
/// camera: an empty stage, an interior room (walls, a door, a window, a table, a cabinet, a lamp), a street (road,
/// kerbs, building blocks with windows, lamp posts), an open field (fence, a tree, hills), a forest (trees around a
/// clearing) and a battlefield (sandbag walls, craters, stakes, a wreck, smoke). The seed varies the scattering.
/// </summary>
internal static class Sets
{
    public static IReadOnlyList<string> Names { get; } = ["stage", "room", "street", "field", "forest", "battlefield"];

    /// <summary>The preset a location's words suggest: INT → room, STREET/ROAD… → street, FOREST/WOODS… → forest, and so on.</summary>
    public static string ForLocation(string location)
    {
        var words = location.ToUpperInvariant().Split([' ', '.', '-', '/', ',', '\'', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        bool Any(params string[] keys) => words.Any(w => keys.Any(k => w.StartsWith(k, StringComparison.Ordinal)));
        if (Any("BATTLE", "WAR", "TRENCH", "FRONTLINE", "BUNKER"))
            return "battlefield";
        if (Any("FOREST", "WOOD", "JUNGLE", "GROVE", "THICKET"))
            return "forest";
        if (Any("STREET", "ROAD", "ALLEY", "AVENUE", "BOULEVARD", "HIGHWAY", "SQUARE", "LANE", "SIDEWALK", "DOWNTOWN", "CITY"))
            return "street";
        if (Any("FIELD", "MEADOW", "FARM", "PASTURE", "PARK", "PRAIRIE", "PLAIN", "HILL"))
            return "field";
        if (words.Length > 0 && words[0] is "INT" or "I" || words.Contains("INT", StringComparer.Ordinal) || Any("ROOM", "KITCHEN", "OFFICE", "BEDROOM", "HALL", "APARTMENT", "HOUSE"))
            return "room";
        if (words.Length > 0 && words[0] is "EXT" or "E")
            return "field";
        return "stage";
    }

    public static SetDressing Build(string name, long seed, MeshBuilder mesh)
    {
        var set = new SetDressing(name, mesh, C("#8d8c86"));
        var random = new SetRandom(seed);
        switch (name)
        {
            case "room": Room(set); break;
            case "street": Street(set, random); break;
            case "field": Field(set, random); break;
            case "forest": Forest(set, random); break;
            case "battlefield": Battlefield(set, random); break;
            default: break;
        }

        return set;
    }

    private static LinearColour C(string hex) => LinearColour.FromHex(hex);

    private static void Room(SetDressing set)
    {
        set.Ground = C("#8a6a4a");
        var wall = C("#cfc4b0");
        var side = C("#c2b8a4");
        const double back = -3.5, front = 4.0, left = -4.5, right = 4.5, top = 2.8;
        // Walls are wild (open to the camera) and throw no shadows into the room.
        set.Mesh.CastsShadow = false;
        // Back wall with a door opening (1.6 … 2.5 m, 2.1 m high).
        set.Wall(left, back, 1.6, back, 0, top, Vec3.UnitZ, wall);
        set.Wall(2.5, back, right, back, 0, top, Vec3.UnitZ, wall);
        set.Wall(1.6, back, 2.5, back, 2.1, top, Vec3.UnitZ, wall, plot: false);
        set.Block(2.05, back - 0.05, 0.9, 0.05, 2.1, 0, C("#6b4a2e"), plot: false);
        set.Block(1.57, back + 0.02, 0.06, 0.06, 2.14, 0, C("#e8e0d0"), plot: false);
        set.Block(2.53, back + 0.02, 0.06, 0.06, 2.14, 0, C("#e8e0d0"), plot: false);
        set.Block(2.05, back + 0.02, 1.02, 0.06, 0.06, 0, C("#e8e0d0"), bottom: 2.1, plot: false);
        set.Post(2.35, back + 0.06, 0.025, 0.025, 0.04, C("#c9a94a"), bottom: 1.02, sides: 6, plot: false);
        // Left wall with a window (z −1.5 … 0.5, 0.9 … 2.1 m high); right wall plain.
        var toRight = Vec3.UnitX;
        set.Wall(left, back, left, -1.5, 0, top, toRight, side);
        set.Wall(left, 0.5, left, front, 0, top, toRight, side);
        set.Wall(left, -1.5, left, 0.5, 0, 0.9, toRight, side, plot: false);
        set.Wall(left, -1.5, left, 0.5, 2.1, top, toRight, side, plot: false);
        set.Block(left + 0.05, -0.5, 0.12, 2.0, 0.06, 0, C("#e8e0d0"), bottom: 0.87, plot: false);
        set.Wall(right, front, right, back, 0, top, -toRight, side);
        set.Mesh.CastsShadow = true;
        // Skirting along the back wall, a table with legs, a cabinet and a floor lamp (the practical).
        set.Block(0, back + 0.03, 9, 0.04, 0.1, 0, C("#e8e0d0"), plot: false);
        var wood = C("#6e4f35");
        set.Block(-2.6, -2.3, 1.4, 0.8, 0.05, 0, wood, SurfaceRole.Prop, bottom: 0.72);
        foreach (var (dx, dz) in (ReadOnlySpan<(double, double)>)[(-0.62, -0.32), (0.62, -0.32), (-0.62, 0.32), (0.62, 0.32)])
            set.Block(-2.6 + dx, -2.3 + dz, 0.06, 0.06, 0.72, 0, wood, SurfaceRole.Prop, plot: false);
        set.Block(3.7, -3.2, 1.0, 0.45, 1.9, 0, C("#5a6b70"), SurfaceRole.Prop);
        set.Post(-3.8, -3.0, 0.16, 0.16, 0.03, C("#2a2a2a"), SurfaceRole.Prop, sides: 10);
        set.Post(-3.8, -3.0, 0.02, 0.02, 1.45, C("#2a2a2a"), SurfaceRole.Prop, plot: false, sides: 6);
        set.Post(-3.8, -3.0, 0.26, 0.15, 0.3, C("#f4e2b0"), SurfaceRole.Prop, bottom: 1.4, plot: false, sides: 12);
    }

    private static void Street(SetDressing set, SetRandom random)
    {
        set.Ground = C("#4d4f53");
        var kerb = C("#9a9892");
        set.Block(-5, -30, 2, 110, 0.15, 0, kerb, plot: false);
        set.Block(5, -30, 2, 110, 0.15, 0, kerb, plot: false);
        set.Footprints.Add(new Footprint(-5, -30, 1, 55, 0, false, kerb));
        set.Footprints.Add(new Footprint(5, -30, 1, 55, 0, false, kerb));
        string[] facades = ["#a88f7a", "#8d8478", "#b3a48c", "#7f7368", "#9c8f86", "#a39a8a", "#8a7a6c"];
        var glass = C("#2f3a44");
        foreach (var sideSign in (ReadOnlySpan<double>)[-1, 1])
        {
            var z = 14.0;
            while (z > -85)
            {
                var length = random.Range(8, 16);
                var height = random.Range(6, 20);
                var depth = 9.0;
                var centreZ = z - (length / 2);
                var face = 6.0;
                var x = sideSign * (face + (depth / 2));
                set.Block(x, centreZ, depth, length, height, 0, C(facades[(int)(random.Next() * facades.Length)]));
                // Windows on the facade facing the street, a little proud of it.
                for (var y = 3.0; y + 1.6 < height; y += 3.2)
                {
                    for (var wz = z - 1.6; wz > z - length + 1; wz -= 2.6)
                        set.Block(sideSign * (face - 0.03), wz, 0.08, 1.2, 1.5, 0, glass, bottom: y, plot: false);
                }

                z -= length + random.Range(2, 5);
            }

            for (var lz = 6.0; lz > -80; lz -= 16)
            {
                set.Post(sideSign * 4.4, lz, 0.07, 0.06, 5, C("#3a3d40"), plot: false);
                set.Block(sideSign * 4.0, lz, 0.9, 0.25, 0.15, 0, C("#e9e2c0"), bottom: 4.9, plot: false);
            }
        }
    }

    private static void Field(SetDressing set, SetRandom random)
    {
        set.Ground = C("#6d8a48");
        var post = C("#7a6048");
        for (var x = -24.0; x <= 24; x += 3)
            set.Post(x, -14, 0.06, 0.06, 1.2, post, plot: false, sides: 6);
        set.Block(0, -14, 48, 0.05, 0.08, 0, post, bottom: 1.0);
        set.Block(0, -14, 48, 0.05, 0.08, 0, post, bottom: 0.55, plot: false);
        Tree(set, -11, -24, 0.3, 4, 3.2, deciduous: true);
        var hills = C("#5f7a4a");
        set.Mesh.CastsShadow = false;
        for (var i = 0; i < 5; i++)
        {
            var x = -220 + (i * 110) + random.Range(-20, 20);
            var z = -180 - random.Range(0, 60);
            set.Mesh.Ellipsoid(new Vec3(x, -6, z), new Vec3(random.Range(60, 100), 0, 0), new Vec3(0, random.Range(18, 34), 0), new Vec3(0, 0, 40), 16, 8, hills, SurfaceRole.Set);
        }

        set.Mesh.CastsShadow = true;
    }

    private static void Forest(SetDressing set, SetRandom random)
    {
        set.Ground = C("#55603a");
        for (var gx = -32.0; gx <= 32; gx += 4)
        {
            for (var gz = -56.0; gz <= 16; gz += 4)
            {
                var x = gx + random.Range(-1.6, 1.6);
                var z = gz + random.Range(-1.6, 1.6);
                var conifer = random.Next() < 0.55;
                var height = random.Range(4, 8);
                var trunk = random.Range(0.14, 0.3);
                // Keep a clearing around the stage and a wedge downstage open for the camera.
                if (Math.Sqrt((x * x) + (z * z)) < 5 || (z > 0 && Math.Abs(x) < 3 + (0.5 * z)))
                    continue;
                if (conifer)
                {
                    set.Post(x, z, trunk, trunk * 0.7, height * 0.35, C("#5b4331"), plot: false, sides: 7);
                    set.Post(x, z, height * 0.22, 0, height * 0.5, C("#2f5a34"), SurfaceRole.Foliage, bottom: height * 0.25, sides: 9);
                    set.Post(x, z, height * 0.16, 0, height * 0.45, C("#356b3b"), SurfaceRole.Foliage, bottom: height * 0.55, plot: false, sides: 9);
                }
                else
                {
                    Tree(set, x, z, trunk, height * 0.55, height * 0.28, deciduous: true);
                }
            }
        }
    }

    private static void Tree(SetDressing set, double x, double z, double trunk, double trunkHeight, double crown, bool deciduous)
    {
        set.Post(x, z, trunk, trunk * 0.75, trunkHeight, C("#5b4331"), plot: false, sides: 7);
        if (deciduous)
        {
            set.Mesh.Ellipsoid(new Vec3(x, trunkHeight + (crown * 0.6), z), new Vec3(crown, 0, 0), new Vec3(0, crown * 0.9, 0), new Vec3(0, 0, crown), 10, 7, C("#4d7a3a"), SurfaceRole.Foliage);
            set.Footprints.Add(new Footprint(x, z, crown, crown, 0, true, C("#4d7a3a")));
        }
    }

    private static void Battlefield(SetDressing set, SetRandom random)
    {
        set.Ground = C("#5e5042");
        var sand = C("#9c8a66");
        // Two sandbag walls upstage, three courses high, bags staggered.
        foreach (var (x0, x1, z) in (ReadOnlySpan<(double, double, double)>)[(-8.5, -1.8, -5.5), (1.6, 7.5, -6.2)])
        {
            for (var course = 0; course < 3; course++)
            {
                for (var x = x0 + (course % 2 * 0.3); x + 0.55 <= x1; x += 0.62)
                    set.Block(x + 0.3, z, 0.58, 0.34, 0.24, random.Range(-0.06, 0.06), sand, bottom: course * 0.24, plot: false);
            }

            set.Footprints.Add(new Footprint((x0 + x1) / 2, z, (x1 - x0) / 2, 0.18, 0, false, sand));
        }

        // Crater rims: rings of low mounds.
        var dirt = C("#4a3e33");
        foreach (var (cx, cz, r) in (ReadOnlySpan<(double, double, double)>)[(-5.5, 3.5, 1.6), (6.5, 1.0, 2.0), (-1.5, -12, 2.6), (9, -16, 3)])
        {
            for (var i = 0; i < 10; i++)
            {
                var (s, c) = Math.SinCos(i * Math.PI / 5);
                set.Mesh.Ellipsoid(new Vec3(cx + (c * r), 0, cz + (s * r)), new Vec3(r * 0.45, 0, 0), new Vec3(0, 0.22, 0), new Vec3(0, 0, r * 0.45), 8, 4, dirt, SurfaceRole.Set, Math.PI / 2);
            }

            set.Footprints.Add(new Footprint(cx, cz, r, r, 0, true, dirt));
        }

        // A line of broken stakes, a wrecked vehicle, smoke far upstage.
        var stake = C("#6b5844");
        for (var x = -14.0; x <= 14; x += 1.8)
        {
            var lean = random.Range(-0.35, 0.35);
            var h = random.Range(0.8, 1.6);
            set.Mesh.Cylinder(new Vec3(x, 0, -10), new Vec3(x + lean, h, -10 + (lean * 0.5)), 0.05, 0.04, 6, stake, SurfaceRole.Set);
        }

        set.Footprints.Add(new Footprint(0, -10, 14, 0.1, 0, false, stake));
        var wreck = C("#4b4f45");
        set.Block(-10, -17, 2.4, 5.2, 1.4, 0.5, wreck, bottom: 0.4);
        set.Block(-10.3, -16.6, 1.6, 2.0, 0.9, 0.45, wreck, bottom: 1.8, plot: false);
        set.Mesh.Cylinder(new Vec3(-10.5, 2.3, -16), new Vec3(-7.2, 2.9, -14.5), 0.08, 0.08, 8, wreck, SurfaceRole.Set);
        var smoke = C("#6f6b66");
        set.Mesh.CastsShadow = false;
        for (var i = 0; i < 3; i++)
        {
            var x = -30 + (i * 28) + random.Range(-6, 6);
            for (var k = 0; k < 5; k++)
            {
                var r = 3 + (k * 1.6);
                set.Mesh.Ellipsoid(new Vec3((x * 1.6) + (k * 2.6), 2 + (k * 5.5), -115 - (i * 15)), new Vec3(r, 0, 0), new Vec3(0, r * 0.8, 0), new Vec3(0, 0, r), 10, 6, smoke, SurfaceRole.Set);
            }
        }

        set.Mesh.CastsShadow = true;
    }
}
