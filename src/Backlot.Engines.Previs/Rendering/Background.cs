using Backlot.Engines.Previs.Scene;

namespace Backlot.Engines.Previs.Rendering;

/// <summary>
/// Sky and floor, ray-cast per pixel: a sky gradient by time of day, and a lit floor with a subtle 1 m grid,
/// a soft contact shadow under each figure and haze towards the horizon.
/// </summary>
internal static class Background
{
    private const double GridSpacing = 1.0;
    private const double HazeDistance = 70;

    public static void Draw(FrameBuffer buffer, Camera camera, Lighting light, IReadOnlyList<Figure> figures, CancellationToken cancellationToken)
    {
        var floor = light.Shade(light.Ground, new Vec3(0, 1, 0));
        var line = floor * 0.72;
        var shadowTint = light.Shade(light.Ground, new Vec3(0, -1, 0)); // ambient only
        var camY = camera.Position.Y;

        // A one-pixel-wide grid line measured on the floor at distance t is about t / focal metres wide.
        var pixelAngle = 1 / camera.FocalPixels;
        for (var y = 0; y < buffer.Height; y++)
        {
            if ((y & 63) == 0)
                cancellationToken.ThrowIfCancellationRequested();
            for (var x = 0; x < buffer.Width; x++)
            {
                var ray = camera.Ray(x + 0.5, y + 0.5);
                var length = ray.Length;
                var up = ray.Y / length;
                if (ray.Y >= -1e-9)
                {
                    var t = Math.Pow(Math.Clamp(up, 0, 1), 0.6);
                    buffer.Set(x, y, LinearColour.Lerp(light.SkyHorizon, light.SkyTop, t).ToSrgb(), 0);
                    continue;
                }

                // z is the camera-space depth because the ray's forward component is 1.
                var z = camY / -ray.Y;
                var hit = camera.Position + (ray * z);
                var distance = z * length;

                var colour = floor;
                var halfWidth = Math.Max(0.008, distance * pixelAngle * 0.6 / Math.Max(0.05, -up));
                var gridFade = Math.Clamp(1 - (distance / 45), 0, 1) * Math.Clamp(0.012 / halfWidth * 2, 0, 1);
                if (gridFade > 0 && (NearLine(hit.X, halfWidth) || NearLine(hit.Z, halfWidth)))
                    colour = LinearColour.Lerp(colour, line, 0.55 * gridFade);

                foreach (var f in figures)
                {
                    var dx = hit.X - f.Feet.X;
                    var dz = hit.Z - f.Feet.Z;
                    var r = Math.Sqrt((dx * dx) + (dz * dz * 1.6)) / f.FootprintRadius;
                    if (r < 1.6)
                    {
                        var s = Math.Clamp(1.6 - r, 0, 1);
                        colour = LinearColour.Lerp(colour, shadowTint, 0.7 * s * s);
                    }
                }

                var haze = 1 - Math.Exp(-distance / HazeDistance);
                colour = LinearColour.Lerp(colour, light.SkyHorizon, haze);
                buffer.Set(x, y, colour.ToSrgb(), (float)(1 / z));
            }
        }
    }

    private static bool NearLine(double coordinate, double halfWidth)
    {
        var d = Math.Abs(coordinate - (Math.Round(coordinate / GridSpacing) * GridSpacing));
        return d < halfWidth;
    }
}
