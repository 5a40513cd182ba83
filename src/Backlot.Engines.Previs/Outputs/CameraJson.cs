using System.Text.Json;
using Backlot.Engines.Previs.Rendering;

namespace Backlot.Engines.Previs.Outputs;

/// <summary>
/// The camera as JSON: intrinsics (fx, fy, cx, cy in pixels, continuous coordinates with the origin at the image's
/// top-left corner, so pixel (i, j) is centred on (i + 0.5, j + 0.5)), sensor and focal length, fields of view, and
/// extrinsics: world-to-camera 4×4 row-major in OpenCV axes (x right, y down, z forward), position and target.
/// World: metres, y up, +x stage left, +z downstage.
/// </summary>
internal static class CameraJson
{
    public static byte[] Write(Camera c, Vec3 target, string sensor, double pan, double tilt, double roll, string framing)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("schema", "backlot.previs.camera");
            w.WriteNumber("version", 1);
            w.WriteNumber("width", c.Width);
            w.WriteNumber("height", c.Height);
            w.WriteStartObject("intrinsics");
            w.WriteNumber("fx", c.FocalPixels);
            w.WriteNumber("fy", c.FocalPixels);
            w.WriteNumber("cx", c.Cx);
            w.WriteNumber("cy", c.Cy);
            w.WriteString("pixelOrigin", "top-left corner; pixel centres at +0.5");
            w.WriteEndObject();
            w.WriteStartObject("lens");
            w.WriteNumber("focalMm", c.FocalMm);
            w.WriteString("sensor", sensor);
            w.WriteNumber("sensorWidthMm", c.SensorWidthMm);
            w.WriteNumber("sensorHeightMm", c.SensorHeightMm);
            w.WriteNumber("hfovDeg", c.HorizontalFov * 180 / Math.PI);
            w.WriteNumber("vfovDeg", c.VerticalFov * 180 / Math.PI);
            w.WriteEndObject();
            w.WriteStartObject("extrinsics");
            w.WriteString("convention", "world-to-camera, row-major, OpenCV axes: x right, y down, z forward; world y up");
            w.WriteStartArray("worldToCamera");
            var m = c.WorldToCameraOpenCv();
            for (var r = 0; r < 4; r++)
            {
                w.WriteStartArray();
                for (var k = 0; k < 4; k++)
                    w.WriteNumberValue(m[(r * 4) + k]);
                w.WriteEndArray();
            }

            w.WriteEndArray();
            Vector(w, "position", c.Position);
            Vector(w, "target", target);
            Vector(w, "forward", c.Forward);
            Vector(w, "up", c.Up);
            w.WriteNumber("panDeg", pan);
            w.WriteNumber("tiltDeg", tilt);
            w.WriteNumber("rollDeg", roll);
            w.WriteEndObject();
            w.WriteString("framing", framing);
            w.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static void Vector(Utf8JsonWriter w, string name, Vec3 v)
    {
        w.WriteStartArray(name);
        w.WriteNumberValue(v.X);
        w.WriteNumberValue(v.Y);
        w.WriteNumberValue(v.Z);
        w.WriteEndArray();
    }
}
