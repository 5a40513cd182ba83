using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Backlot.Interchange.Storyboard;

/// <summary>
/// Prints a storyboard as a landscape PDF: a header on every page (title, subtitle, "Page n of N") and
/// panels in a grid, each with its frame, shot code, scene, size · angle · lens, characters, the action or
/// dialogue it covers, the selected take and the camera plot. Text is set in DejaVu Sans embedded from
/// this assembly, so the output does not depend on the fonts of the machine.
/// </summary>
public static class StoryboardPdfWriter
{
    private const double Margin = 30;
    private const double HeaderHeight = 32;
    private const double GapX = 14;
    private const double GapY = 12;

    public static byte[] Write(StoryboardDocument doc, StoryboardLayout? layout = null)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(doc.Panels);
        layout ??= StoryboardLayout.Default;
        layout.Validate();
        EmbeddedFontResolver.EnsureInstalled();

        var (pageWidth, pageHeight) = layout.Paper switch
        {
            StoryboardPaper.A4 => (XUnit.FromMillimeter(297).Point, XUnit.FromMillimeter(210).Point),
            _ => (792.0, 612.0),
        };
        var perPage = layout.Columns * layout.Rows;
        var pageCount = Math.Max(1, (doc.Panels.Count + perPage - 1) / perPage);
        var created = (layout.CreationDate ?? DateTimeOffset.UtcNow).UtcDateTime;

        using var pdf = new PdfDocument();
        pdf.Info.Title = doc.Title;
        pdf.Info.Subject = doc.Subtitle;
        pdf.Info.Creator = "Backlot";
        pdf.Info.CreationDate = created;
        pdf.Info.ModificationDate = created;

        var fonts = new PanelFonts();
        var cellWidth = (pageWidth - (2 * Margin) - ((layout.Columns - 1) * GapX)) / layout.Columns;
        var gridTop = Margin + HeaderHeight;
        var cellHeight = (pageHeight - gridTop - Margin - ((layout.Rows - 1) * GapY)) / layout.Rows;
        var renderer = new PanelRenderer(fonts, layout);

        for (var p = 0; p < pageCount; p++)
        {
            var page = pdf.AddPage();
            page.Width = XUnit.FromPoint(pageWidth);
            page.Height = XUnit.FromPoint(pageHeight);
            using var g = XGraphics.FromPdfPage(page);
            DrawHeader(g, doc, fonts, pageWidth, p + 1, pageCount);
            if (doc.Panels.Count == 0)
                g.DrawString("No panels.", fonts.Body, XBrushes.Gray, Margin, gridTop, XStringFormats.TopLeft);

            for (var slot = 0; slot < perPage; slot++)
            {
                var index = (p * perPage) + slot;
                if (index >= doc.Panels.Count)
                    break;
                var x = Margin + ((slot % layout.Columns) * (cellWidth + GapX));
                var y = gridTop + ((slot / layout.Columns) * (cellHeight + GapY));
                renderer.Draw(g, doc.Panels[index], index, new XRect(x, y, cellWidth, cellHeight));
            }
        }

        using var output = new MemoryStream();
        pdf.Save(output, false);
        return PdfDeterminism.Stabilize(output.ToArray());
    }

    private static void DrawHeader(XGraphics g, StoryboardDocument doc, PanelFonts fonts, double pageWidth, int page, int pageCount)
    {
        var pageLabel = string.Create(CultureInfo.InvariantCulture, $"Page {page} of {pageCount}");
        var labelWidth = g.MeasureString(pageLabel, fonts.Body).Width;
        var available = pageWidth - (2 * Margin) - labelWidth - 24;

        var title = TextFitter.Truncate(g, doc.Title ?? "", fonts.Title, available);
        g.DrawString(title, fonts.Title, XBrushes.Black, Margin, Margin, XStringFormats.TopLeft);
        var titleWidth = g.MeasureString(title, fonts.Title).Width;
        var subtitleRoom = available - titleWidth - 12;
        if (!string.IsNullOrWhiteSpace(doc.Subtitle) && subtitleRoom > 40)
        {
            var subtitle = TextFitter.Truncate(g, doc.Subtitle, fonts.Subtitle, subtitleRoom);
            g.DrawString(subtitle, fonts.Subtitle, PanelRenderer.Grey, Margin + titleWidth + 12, Margin + 5, XStringFormats.TopLeft);
        }

        g.DrawString(pageLabel, fonts.Body, PanelRenderer.Grey, pageWidth - Margin - labelWidth, Margin + 6, XStringFormats.TopLeft);
        g.DrawLine(new XPen(XColors.Black, 0.75), Margin, Margin + 21, pageWidth - Margin, Margin + 21);
    }
}
