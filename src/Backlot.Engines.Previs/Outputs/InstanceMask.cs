using System.Text.Json;
using Backlot.Engines.Previs.Scene;
using Backlot.Imaging;

namespace Backlot.Engines.Previs.Outputs;

/// <summary>
/// The instance mask: each pixel painted with its character's mask colour (black for the set and sky), and the table
/// of ids (1, 2, … in the request's order), names and colours, as JSON and in the raw record.
/// </summary>
internal static class InstanceMask
{
    private static readonly string[] Palette = ["#ff0000", "#00ff00", "#0000ff", "#ffff00", "#ff00ff", "#00ffff", "#ff8000", "#8000ff", "#00ff80", "#ff0080", "#80ff00", "#0080ff"];

    public static IReadOnlyList<PrevisInstance> Table(IReadOnlyList<Figure> figures) =>
        [.. figures.Select(f => new PrevisInstance(f.Instance, f.Name, ColourOf(f.Instance)))];

    public static string ColourOf(int id)
    {
        if (id <= Palette.Length)
            return Palette[id - 1];
        // Past the palette: a stable spread of hues by id.
        var h = (id * 0.618033988749895) % 1;
        var c = Hsv(h);
        return c.ToHex();
    }

    public static RgbaImage Image(byte[] ids, int width, int height, IReadOnlyList<PrevisInstance> table)
    {
        var colours = new Rgba32[256];
        colours[0] = new Rgba32(0, 0, 0);
        foreach (var t in table)
            colours[t.Id] = Rgba32.FromHex(t.Colour);
        var image = new RgbaImage(width, height);
        for (var i = 0; i < ids.Length; i++)
        {
            var c = colours[ids[i]];
            (image.Pixels[i * 4], image.Pixels[(i * 4) + 1], image.Pixels[(i * 4) + 2], image.Pixels[(i * 4) + 3]) = (c.R, c.G, c.B, 255);
        }

        return image;
    }

    public static byte[] Json(IReadOnlyList<PrevisInstance> table, IReadOnlySet<int> drawn)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteNumber("background", 0);
            w.WriteStartArray("instances");
            foreach (var t in table)
            {
                w.WriteStartObject();
                w.WriteNumber("id", t.Id);
                w.WriteString("name", t.Name);
                w.WriteString("colour", t.Colour);
                w.WriteBoolean("drawn", drawn.Contains(t.Id));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static Rgba32 Hsv(double h)
    {
        var i = (int)(h * 6);
        var f = (h * 6) - i;
        byte v = 255, p = 40, q = (byte)(255 - (215 * f)), t = (byte)(40 + (215 * f));
        return (i % 6) switch
        {
            0 => new(v, t, p),
            1 => new(q, v, p),
            2 => new(p, v, t),
            3 => new(p, q, v),
            4 => new(t, p, v),
            _ => new(v, p, q),
        };
    }
}
