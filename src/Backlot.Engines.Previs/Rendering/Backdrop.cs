namespace Backlot.Engines.Previs.Rendering;

/// <summary>
/// What is drawn where no triangle is: the sky gradient and the ground plane (y = 0), lit and shadowed, with a faint
/// 1 m grid, both fading into haze with distance; and, for line styles, the ink colour.
/// </summary>
internal sealed record Backdrop(
    LinearColour SkyTop,
    LinearColour SkyHorizon,
    LinearColour GroundLit,
    LinearColour GroundShadowed,
    LinearColour Haze,
    double GridStrength,
    LinearColour? Ink)
{
    /// <summary>Beyond this depth the ground is not drawn: the horizon is sky.</summary>
    public const double GroundFar = 500;

    /// <summary>Haze starts this far from the camera (beyond a WS on a long lens), so characters keep their colours; it thickens over <see cref="HazeDistance"/>.</summary>
    public const double HazeStart = 40;

    public const double HazeDistance = 140;

    /// <summary>Fills 1/z and the "triangle" of every sample with the ground or the sky, before triangles are drawn.</summary>
    public static void Prime(SampleBuffer buffer, Camera camera)
    {
        var camY = Math.Max(camera.Position.Y, 1e-3);
        var dx = camera.Right.Y / camera.FocalPixels;
        for (var y = 0; y < buffer.Height; y++)
        {
            var row = y * buffer.Width;
            // The ray's height component is linear along the row.
            var rowY = camera.Ray(0.5, y + 0.5).Y;
            for (var x = 0; x < buffer.Width; x++)
            {
                var rayY = rowY + (dx * x);
                var i = row + x;
                // The ray's camera-space z is 1, so the floor's depth along the view axis is camY / -ray.Y.
                if (rayY < 0 && camY < GroundFar * -rayY)
                {
                    buffer.InverseDepth[i] = (float)(-rayY / camY);
                    buffer.Triangle[i] = SampleBuffer.Ground;
                }
                else
                {
                    buffer.InverseDepth[i] = 0;
                    buffer.Triangle[i] = SampleBuffer.Sky;
                }
            }
        }
    }
}
