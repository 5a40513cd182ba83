using Backlot.Engines.Previs.Rendering;

namespace Backlot.Engines.Previs.Scene;

/// <summary>
/// Places the camera from the shot size: each size shows a share of the subject's height vertically
/// (EWS 6×, WS 2.5×, FS 1.15×, MS 0.55×, MCU 0.35×, CU 0.2×, ECU 0.1×). From MS in, the eyes sit on the
/// upper third; ECU centres them. High and low angles move the camera up or down an arc around the aim
/// point, so it tilts towards the eyes. An explicit camera height (knob 'height' above 0) wins over the angle's.
/// </summary>
internal static class Framing
{
    /// <summary>Subject height used when the set is empty.</summary>
    public const double DefaultSubjectHeight = 1.75;

    public static Camera Place(PrevisSettings settings, IReadOnlyList<Figure> figures, int width, int height)
    {
        var subjectHeight = figures.Count == 0 ? DefaultSubjectHeight : figures.Max(f => f.HeightMetres);
        var eyes = subjectHeight * 0.935;
        var (share, aim, defaultCameraHeight) = settings.Size switch
        {
            "EWS" => (6.0, 1.4 * subjectHeight, 1.5 * subjectHeight),
            "WS" => (2.5, 0.8 * subjectHeight, 0.9 * subjectHeight),
            "FS" => (1.15, 0.5 * subjectHeight, 0.75 * subjectHeight),
            "MS" => (0.55, 0.0, eyes),
            "MCU" => (0.35, 0.0, eyes),
            "CU" => (0.2, 0.0, eyes),
            _ => (0.1, eyes, eyes),
        };
        var visible = share * subjectHeight;
        if (aim == 0)
            aim = eyes - (visible / 6); // eyes one third down from the top of the frame

        // The subject: a single character, else the middle of the group (x = 0, its arc's front).
        var centre = figures.Count == 1 ? figures[0].Feet : new Vec3(0, 0, figures.Count == 0 ? 0 : figures.Max(f => f.Feet.Z));
        var target = centre with { Y = aim };

        var probe = new Camera(new Vec3(0, 0, 1), Vec3.Zero, settings.LensMm, width, height);
        var distance = visible / 2 / Math.Tan(probe.VerticalFov / 2);

        // Wide sizes keep the whole group in frame.
        if (figures.Count > 1 && share >= 1.15)
        {
            var halfGroup = (figures.Max(f => f.Feet.X) - figures.Min(f => f.Feet.X)) / 2 + 0.5;
            distance = Math.Max(distance, halfGroup * 1.1 / Math.Tan(probe.HorizontalFov / 2));
        }

        double cameraY;
        if (settings.CameraHeight > 0)
            cameraY = settings.CameraHeight;
        else
        {
            cameraY = settings.Angle switch
            {
                "high" => aim + (distance * Math.Sin(Deg(30))),
                "low" => aim - (distance * Math.Sin(Deg(20))),
                _ => defaultCameraHeight,
            };
            cameraY = Math.Max(0.15, cameraY);
        }

        var rise = cameraY - aim;
        var horizontal = Math.Sqrt(Math.Max((distance * distance) - (rise * rise), distance * distance * 0.25));
        var position = new Vec3(target.X, cameraY, target.Z + horizontal);
        return new Camera(position, target, settings.LensMm, width, height);
    }

    private static double Deg(double degrees) => degrees * Math.PI / 180;
}
