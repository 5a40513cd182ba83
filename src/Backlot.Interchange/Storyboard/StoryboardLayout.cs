namespace Backlot.Interchange.Storyboard;

/// <summary>Paper for a storyboard; both are printed landscape.</summary>
public enum StoryboardPaper
{
    UsLetter,
    A4,
}

/// <summary>How <see cref="StoryboardPdfWriter"/> lays panels out.</summary>
public sealed record StoryboardLayout
{
    public static StoryboardLayout Default { get; } = new();

    public StoryboardPaper Paper { get; init; } = StoryboardPaper.UsLetter;

    /// <summary>Panels across a page.</summary>
    public int Columns { get; init; } = 3;

    /// <summary>Panel rows on a page.</summary>
    public int Rows { get; init; } = 2;

    /// <summary>Width over height of the frame box; images of another shape are letterboxed inside it.</summary>
    public double FrameAspect { get; init; } = 16.0 / 9.0;

    /// <summary>
    /// Creation date written into the PDF. Set it for byte-identical output from the same input
    /// (golden files, content hashes); null means now.
    /// </summary>
    public DateTimeOffset? CreationDate { get; init; }

    /// <summary>Frame images are downsampled to at most this many pixels per inch at their printed size.</summary>
    public int MaxImageDpi { get; init; } = 200;

    internal void Validate()
    {
        if (Columns is < 1 or > 6)
            throw new ArgumentOutOfRangeException(nameof(Columns), Columns, "a storyboard page holds 1 to 6 columns of panels");
        if (Rows is < 1 or > 6)
            throw new ArgumentOutOfRangeException(nameof(Rows), Rows, "a storyboard page holds 1 to 6 rows of panels");
        if (!(FrameAspect is >= 0.25 and <= 4))
            throw new ArgumentOutOfRangeException(nameof(FrameAspect), FrameAspect, "frame aspect must be between 0.25 and 4");
        if (MaxImageDpi is < 36 or > 600)
            throw new ArgumentOutOfRangeException(nameof(MaxImageDpi), MaxImageDpi, "image resolution must be between 36 and 600 dpi");
    }
}
