using System.Globalization;
using Backlot.Imaging;
using Backlot.Imaging.Formats.Png;
using PdfSharp.Drawing;

namespace Backlot.Interchange.Storyboard;

/// <summary>Draws one panel into its cell: the frame on top, the shot's facts and action below, the camera plot beside them.</summary>
internal sealed class PanelRenderer(PanelFonts fonts, StoryboardLayout layout)
{
    public static readonly XBrush Grey = new XSolidBrush(XColor.FromArgb(90, 90, 90));

    private const double MinTextHeight = 96;
    private const double LineHeight = 9.5;
    private static readonly XBrush FrameFill = new XSolidBrush(XColor.FromArgb(235, 235, 235));
    private static readonly XPen FramePen = new(XColor.FromArgb(60, 60, 60), 0.6);
    private static readonly XPen PlotPen = new(XColor.FromArgb(150, 150, 150), 0.5);

    public void Draw(XGraphics g, StoryboardPanel panel, int index, XRect cell)
    {
        var frameHeight = Math.Min(cell.Width / layout.FrameAspect, cell.Height - MinTextHeight);
        var frame = new XRect(cell.X, cell.Y, cell.Width, frameHeight);
        DrawFrame(g, panel, index, frame);

        var top = frame.Bottom + 4;
        var bottom = cell.Bottom;

        // Shot code on the left, the take on the right.
        var take = panel.TakeNumber is { } t ? string.Create(CultureInfo.InvariantCulture, $"Take {t}") : "";
        var takeWidth = take.Length == 0 ? 0 : g.MeasureString(take, fonts.BodyBold).Width;
        var code = TextFitter.Truncate(g, panel.ShotCode ?? "", fonts.ShotCode, cell.Width - takeWidth - 8);
        g.DrawString(code, fonts.ShotCode, XBrushes.Black, cell.X, top, XStringFormats.TopLeft);
        if (take.Length > 0)
            g.DrawString(take, fonts.BodyBold, XBrushes.Black, cell.Right - takeWidth, top + 2.5, XStringFormats.TopLeft);
        top += 14;

        var textWidth = cell.Width;
        if (!panel.CameraPlotPng.IsEmpty)
        {
            var side = Math.Min(64, bottom - top);
            var plot = new XRect(cell.Right - side, top, side, side);
            DrawImageFitted(g, panel.CameraPlotPng, plot, index, panel, "camera plot");
            g.DrawRectangle(PlotPen, plot);
            textWidth -= side + 6;
        }

        var scene = $"Sc {panel.SceneNumber} · {panel.SceneHeading}".Trim(' ', '·');
        top = Line(g, scene, fonts.BodyBold, XBrushes.Black, cell.X, top, textWidth);

        var camera = string.Join(" · ", new[] { panel.Size, panel.Angle, Lens(panel.LensMm) }.Where(s => !string.IsNullOrWhiteSpace(s)));
        if (camera.Length > 0)
            top = Line(g, camera, fonts.Body, XBrushes.Black, cell.X, top, textWidth);

        var characters = panel.Characters is { Count: > 0 } ? string.Join(", ", panel.Characters) : "";
        if (characters.Length > 0)
            top = Line(g, characters, fonts.Body, Grey, cell.X, top, textWidth);

        top += 2;
        var maxLines = (int)Math.Floor((bottom - top) / LineHeight);
        foreach (var line in TextFitter.Wrap(g, panel.Description ?? "", fonts.Body, textWidth, maxLines))
            top = Line(g, line, fonts.Body, XBrushes.Black, cell.X, top, textWidth);
    }

    private static double Line(XGraphics g, string text, XFont font, XBrush brush, double x, double y, double width)
    {
        g.DrawString(TextFitter.Truncate(g, text, font, width), font, brush, x, y, XStringFormats.TopLeft);
        return y + LineHeight;
    }

    private void DrawFrame(XGraphics g, StoryboardPanel panel, int index, XRect frame)
    {
        g.DrawRectangle(FrameFill, frame);
        if (panel.ImagePng.IsEmpty)
            g.DrawString("no frame yet", fonts.Body, Grey, frame, XStringFormats.Center);
        else
            DrawImageFitted(g, panel.ImagePng, frame, index, panel, "frame image");
        g.DrawRectangle(FramePen, frame);
    }

    /// <summary>
    /// Decodes with our own PNG reader (any 8-bit PNG, checked), downsamples to the print resolution,
    /// and hands PDFsharp a plain RGBA PNG centred in the box.
    /// </summary>
    private void DrawImageFitted(XGraphics g, ReadOnlyMemory<byte> png, XRect box, int index, StoryboardPanel panel, string what)
    {
        RgbaImage image;
        try
        {
            image = PngDecoder.Decode(png.Span);
        }
        catch (InvalidDataException e)
        {
            throw new ArgumentException($"panel {index + 1} (shot {panel.ShotCode}): the {what} is not a readable PNG: {e.Message}", nameof(panel), e);
        }

        var maxWidth = Math.Max(1, (int)Math.Ceiling(box.Width / 72 * layout.MaxImageDpi));
        var maxHeight = Math.Max(1, (int)Math.Ceiling(box.Height / 72 * layout.MaxImageDpi));
        var fitted = image.ResizeToFit(maxWidth, maxHeight);
        var scale = Math.Min(box.Width / image.Width, box.Height / image.Height);
        var w = image.Width * scale;
        var h = image.Height * scale;
        using var stream = new MemoryStream(PngEncoder.Encode(fitted));
        using var xImage = XImage.FromStream(stream);
        g.DrawImage(xImage, box.X + ((box.Width - w) / 2), box.Y + ((box.Height - h) / 2), w, h);
    }

    private static string? Lens(double? mm) =>
        mm is { } v ? string.Create(CultureInfo.InvariantCulture, $"{v:0.#} mm") : null;
}
