using PdfSharp.Fonts;

namespace Backlot.Interchange.Storyboard;

/// <summary>
/// Serves DejaVu Sans from this assembly's resources, so a storyboard looks the same on every machine
/// (PDFsharp has no system fonts on Linux). Other families resolve to null and fall through to
/// whatever resolver the rest of the process installed.
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private const string RegularFace = "Backlot.DejaVuSans";
    private const string BoldFace = "Backlot.DejaVuSans-Bold";

    private static readonly Lock Gate = new();
    private static bool installed;

    public static EmbeddedFontResolver Instance { get; } = new();

    /// <summary>
    /// PDFsharp's resolver is process-wide and may be set only once: take the main slot if it is free,
    /// otherwise the fallback slot, so a resolver someone else installed keeps working.
    /// </summary>
    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (installed)
                return;
            if (GlobalFontSettings.FontResolver is null)
                GlobalFontSettings.FontResolver = Instance;
            else if (GlobalFontSettings.FontResolver != Instance && GlobalFontSettings.FallbackFontResolver is null)
                GlobalFontSettings.FallbackFontResolver = Instance;
            installed = true;
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (!string.Equals(familyName, Family, StringComparison.OrdinalIgnoreCase))
            return null;
        // No italic face is shipped: PDFsharp simulates it by slanting the regular one.
        return new FontResolverInfo(bold ? BoldFace : RegularFace, false, italic);
    }

    public byte[]? GetFont(string faceName) => faceName switch
    {
        RegularFace => Load("DejaVuSans.ttf"),
        BoldFace => Load("DejaVuSans-Bold.ttf"),
        _ => null,
    };

    private static byte[] Load(string file)
    {
        var name = $"Backlot.Interchange.Storyboard.Fonts.{file}";
        using var stream = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"font resource '{name}' is missing from {typeof(EmbeddedFontResolver).Assembly.GetName().Name}");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
