using System.Text.Json;
using Backlot.Engines.Previs.Drawing;
using Backlot.Engines.Previs.Rendering;
using Backlot.Engines.Previs.Scene;
using Backlot.Imaging;

namespace Backlot.Engines.Previs.Outputs;

/// <summary>
/// OpenPose body keypoints of the drawn characters in COCO-18 order, as <c>people[].pose_keypoints_2d</c>
/// (x, y, confidence; image pixels, origin at the top-left corner). A point off frame, behind the camera, on the far
/// side of the head or hidden behind something else is written as 0, 0, 0, as OpenPose does for a missed joint.
/// </summary>
internal static class PoseKeypoints
{
    // ControlNet's OpenPose colours (controlnet_aux draw_bodypose) and its limbs, 1-based as published.
    private static readonly byte[][] Colours =
    [
        [255, 0, 0], [255, 85, 0], [255, 170, 0], [255, 255, 0], [170, 255, 0], [85, 255, 0], [0, 255, 0], [0, 255, 85], [0, 255, 170],
        [0, 255, 255], [0, 170, 255], [0, 85, 255], [0, 0, 255], [85, 0, 255], [170, 0, 255], [255, 0, 255], [255, 0, 170], [255, 0, 85],
    ];

    private static readonly (int A, int B)[] Limbs =
    [
        (2, 3), (2, 6), (3, 4), (4, 5), (6, 7), (7, 8), (2, 9), (9, 10), (10, 11), (2, 12), (12, 13), (13, 14), (2, 1), (1, 15), (15, 17), (1, 16), (16, 18),
    ];

    public static IReadOnlyList<PrevisPerson> Compute(IReadOnlyList<Mannequin> figures, Camera camera, ShadedFrame maps)
    {
        var people = new List<PrevisPerson>();
        foreach (var m in figures)
        {
            if (m.Figure.Hidden)
                continue;
            var points = new double[Coco18.Order.Count * 3];
            var joints = new double[Coco18.Order.Count * 3];
            var toCamera = (camera.Position - m[Joint.Head]).Normalized();
            for (var k = 0; k < Coco18.Order.Count; k++)
            {
                var joint = Coco18.Order[k];
                var world = m[joint];
                (joints[k * 3], joints[(k * 3) + 1], joints[(k * 3) + 2]) = (world.X, world.Y, world.Z);
                var (x, y, depth) = camera.ProjectWorld(world);
                if (depth < Camera.Near || x < 0 || y < 0 || x >= camera.Width || y >= camera.Height || !FaceVisible(m, joint, toCamera))
                    continue;
                // Hidden when something nearer than the body's thickness covers it and it is not this character.
                var i = ((int)y * camera.Width) + (int)x;
                if (maps.InstanceIds[i] != m.Figure.Instance && maps.DepthMetres[i] < depth - (0.25 * m.Height / 1.75))
                    continue;
                (points[k * 3], points[(k * 3) + 1], points[(k * 3) + 2]) = (x, y, 1);
            }

            people.Add(new PrevisPerson(m.Figure.Name, m.Figure.Instance, points, joints));
        }

        return people;
    }

    private static bool FaceVisible(Mannequin m, Joint joint, Vec3 toCamera)
    {
        var (_, front, left) = m.HeadFrame;
        return joint switch
        {
            Joint.Nose or Joint.EyeLeft or Joint.EyeRight => Vec3.Dot(front, toCamera) > -0.1,
            Joint.EarLeft => Vec3.Dot(left, toCamera) > -0.35,
            Joint.EarRight => Vec3.Dot(-left, toCamera) > -0.35,
            _ => true,
        };
    }

    public static byte[] Json(IReadOnlyList<PrevisPerson> people, int width, int height)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteNumber("version", 1.3);
            w.WriteNumber("canvas_width", width);
            w.WriteNumber("canvas_height", height);
            w.WriteStartArray("keypoint_names");
            foreach (var n in Coco18.Names)
                w.WriteStringValue(n);
            w.WriteEndArray();
            w.WriteStartArray("people");
            foreach (var p in people)
            {
                w.WriteStartObject();
                w.WriteStartArray("person_id");
                w.WriteNumberValue(p.Id);
                w.WriteEndArray();
                w.WriteString("name", p.Name);
                w.WriteStartArray("pose_keypoints_2d");
                foreach (var v in p.Keypoints)
                    w.WriteNumberValue(Math.Round(v, 3));
                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>The ControlNet OpenPose picture: coloured limbs at 60 % over black, then the joints as dots.</summary>
    public static RgbaImage Image(IReadOnlyList<PrevisPerson> people, int width, int height)
    {
        var canvas = new Canvas(width, height, new Rgba32(0, 0, 0), 1);
        var stick = Math.Max(2, 4 * Math.Min(width, height) / 512.0);
        foreach (var p in people)
        {
            for (var l = 0; l < Limbs.Length; l++)
            {
                var (a, b) = (Limbs[l].A - 1, Limbs[l].B - 1);
                if (p.Keypoints[(a * 3) + 2] <= 0 || p.Keypoints[(b * 3) + 2] <= 0)
                    continue;
                var c = Colours[l];
                var dim = new Rgba32((byte)(c[0] * 0.6), (byte)(c[1] * 0.6), (byte)(c[2] * 0.6));
                canvas.Line(p.Keypoints[a * 3], p.Keypoints[(a * 3) + 1], p.Keypoints[b * 3], p.Keypoints[(b * 3) + 1], stick * 2, dim);
            }
        }

        foreach (var p in people)
        {
            for (var k = 0; k < 18; k++)
            {
                if (p.Keypoints[(k * 3) + 2] > 0)
                    canvas.FillCircle(p.Keypoints[k * 3], p.Keypoints[(k * 3) + 1], stick, new Rgba32(Colours[k][0], Colours[k][1], Colours[k][2]));
            }
        }

        return canvas.ToImage();
    }
}
