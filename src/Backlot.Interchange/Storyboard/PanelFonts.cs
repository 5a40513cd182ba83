using PdfSharp.Drawing;

namespace Backlot.Interchange.Storyboard;

/// <summary>The few fonts a storyboard page uses, all DejaVu Sans.</summary>
internal sealed class PanelFonts
{
    public XFont Title { get; } = new(EmbeddedFontResolver.Family, 15, XFontStyleEx.Bold);

    public XFont Subtitle { get; } = new(EmbeddedFontResolver.Family, 10);

    public XFont ShotCode { get; } = new(EmbeddedFontResolver.Family, 11, XFontStyleEx.Bold);

    public XFont Body { get; } = new(EmbeddedFontResolver.Family, 7.5);

    public XFont BodyBold { get; } = new(EmbeddedFontResolver.Family, 7.5, XFontStyleEx.Bold);
}
