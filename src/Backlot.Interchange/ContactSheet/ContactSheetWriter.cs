using Backlot.Imaging;
using Backlot.Imaging.Formats.Png;
using Backlot.Interchange.Storyboard;

namespace Backlot.Interchange.ContactSheet;

/// <summary>
/// A contact sheet: every panel's frame as a 16:9 thumbnail in a grid, each over a label strip with its shot
/// code (left) and scene (right) in <see cref="BitmapFont"/>. Same panels, same pixels: nothing depends on
/// the machine or the clock.
/// </summary>
public static class ContactSheetWriter
{
    public static readonly Rgba32 Background = new(28, 28, 28);
    public static readonly Rgba32 LabelStrip = new(48, 48, 48);
    public static readonly Rgba32 LabelText = new(255, 255, 255);
    public static readonly Rgba32 SceneText = new(160, 160, 160);
    private static readonly Rgba32 Letterbox = new(0, 0, 0);
    private static readonly Rgba32 Missing = new(64, 64, 64);

    /// <summary>Renders the sheet and encodes it as PNG.</summary>
    public static byte[] Write(IReadOnlyList<StoryboardPanel> panels, int columns = 5, int thumbWidth = 320) =>
        PngEncoder.Encode(Render(panels, columns, thumbWidth));

    /// <summary>The sheet as an image, for callers that compose it further.</summary>
    public static RgbaImage Render(IReadOnlyList<StoryboardPanel> panels, int columns = 5, int thumbWidth = 320)
    {
        ArgumentNullException.ThrowIfNull(panels);
        if (panels.Count == 0)
            throw new ArgumentException("a contact sheet needs at least one panel", nameof(panels));
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(thumbWidth, 64);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(thumbWidth, RgbaImage.MaxSide);

        var grid = new ContactSheetGrid(panels.Count, columns, thumbWidth);
        if (grid.SheetWidth > RgbaImage.MaxSide || grid.SheetHeight > RgbaImage.MaxSide)
        {
            throw new ArgumentException(
                $"{panels.Count} panels in {grid.Columns} columns of {thumbWidth} px make a {grid.SheetWidth}×{grid.SheetHeight} sheet; "
                + $"the most is {RgbaImage.MaxSide} a side: use more columns, smaller thumbnails or several sheets",
                nameof(panels));
        }

        var sheet = new RgbaImage(grid.SheetWidth, grid.SheetHeight);
        BitmapFont.Fill(sheet, 0, 0, sheet.Width, sheet.Height, Background);
        for (var i = 0; i < panels.Count; i++)
        {
            var (x, y) = grid.CellOrigin(i);
            DrawThumbnail(sheet, panels[i], i, x, y, grid);
            DrawLabel(sheet, panels[i], x, y + grid.ThumbHeight, grid);
        }

        return sheet;
    }

    private static void DrawThumbnail(RgbaImage sheet, StoryboardPanel panel, int index, int x, int y, ContactSheetGrid grid)
    {
        if (panel.ImagePng.IsEmpty)
        {
            BitmapFont.Fill(sheet, x, y, grid.ThumbWidth, grid.ThumbHeight, Missing);
            const string text = "NO FRAME";
            BitmapFont.Draw(sheet, x + ((grid.ThumbWidth - BitmapFont.Measure(text, grid.TextScale)) / 2),
                y + ((grid.ThumbHeight - (BitmapFont.GlyphHeight * grid.TextScale)) / 2), text, SceneText, grid.TextScale);
            return;
        }

        RgbaImage frame;
        try
        {
            frame = PngDecoder.Decode(panel.ImagePng.Span);
        }
        catch (InvalidDataException e)
        {
            throw new ArgumentException($"panel {index + 1} (shot {panel.ShotCode}): the frame image is not a readable PNG: {e.Message}", nameof(panel), e);
        }

        BitmapFont.Fill(sheet, x, y, grid.ThumbWidth, grid.ThumbHeight, Letterbox);
        var thumb = frame.ResizeToFit(grid.ThumbWidth, grid.ThumbHeight);
        Paste(sheet, thumb, x + ((grid.ThumbWidth - thumb.Width) / 2), y + ((grid.ThumbHeight - thumb.Height) / 2));
    }

    private static void DrawLabel(RgbaImage sheet, StoryboardPanel panel, int x, int y, ContactSheetGrid grid)
    {
        BitmapFont.Fill(sheet, x, y, grid.ThumbWidth, grid.LabelHeight, LabelStrip);
        var textY = y + ((grid.LabelHeight - (BitmapFont.GlyphHeight * grid.TextScale)) / 2);
        var room = grid.ThumbWidth - (2 * grid.LabelPadding);

        var scene = string.IsNullOrWhiteSpace(panel.SceneNumber) ? "" : $"SC {panel.SceneNumber}";
        var sceneWidth = BitmapFont.Measure(scene, grid.TextScale);
        var codeRoom = scene.Length == 0 ? room : room - sceneWidth - (BitmapFont.Advance * grid.TextScale * 2);
        if (codeRoom < room / 2)
        {
            // A long shot code matters more than the scene: drop the scene.
            scene = "";
            codeRoom = room;
        }

        var code = Clip(panel.ShotCode ?? "", codeRoom, grid.TextScale);
        BitmapFont.Draw(sheet, x + grid.LabelPadding, textY, code, LabelText, grid.TextScale);
        if (scene.Length > 0)
            BitmapFont.Draw(sheet, x + grid.ThumbWidth - grid.LabelPadding - sceneWidth, textY, scene, SceneText, grid.TextScale);
    }

    private static string Clip(string text, int width, int scale)
    {
        var fits = Math.Max(0, (width + scale) / (BitmapFont.Advance * scale));
        return text.Length <= fits ? text : text[..fits];
    }

    /// <summary>Copies the image over the sheet, blending by its alpha over what is already there.</summary>
    private static void Paste(RgbaImage sheet, RgbaImage image, int left, int top)
    {
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                var s = image.GetPixel(x, y);
                if (s.A == 255)
                {
                    sheet.SetPixel(left + x, top + y, s);
                    continue;
                }

                var d = sheet.GetPixel(left + x, top + y);
                sheet.SetPixel(left + x, top + y, new Rgba32(Blend(s.R, d.R, s.A), Blend(s.G, d.G, s.A), Blend(s.B, d.B, s.A)));
            }
        }
    }

    private static byte Blend(byte source, byte dest, byte alpha) => (byte)(((source * alpha) + (dest * (255 - alpha)) + 127) / 255);
}
