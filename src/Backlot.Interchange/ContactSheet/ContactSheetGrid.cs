namespace Backlot.Interchange.ContactSheet;

/// <summary>The geometry of a contact sheet: cell sizes, gutters and where each panel goes.</summary>
internal sealed class ContactSheetGrid
{
    public ContactSheetGrid(int count, int columns, int thumbWidth)
    {
        Columns = Math.Min(columns, count);
        Rows = (count + Columns - 1) / Columns;
        ThumbWidth = thumbWidth;
        ThumbHeight = (int)Math.Round(thumbWidth * 9 / 16.0);
        Gutter = Math.Max(6, thumbWidth / 32);
        TextScale = thumbWidth >= 240 ? 2 : 1;
        LabelPadding = 4 * TextScale;
        LabelHeight = (BitmapFont.GlyphHeight * TextScale) + (2 * LabelPadding);
        SheetWidth = checked(Gutter + (Columns * (ThumbWidth + Gutter)));
        SheetHeight = checked(Gutter + (Rows * (ThumbHeight + LabelHeight + Gutter)));
    }

    public int Columns { get; }

    public int Rows { get; }

    public int ThumbWidth { get; }

    public int ThumbHeight { get; }

    public int Gutter { get; }

    public int TextScale { get; }

    public int LabelPadding { get; }

    public int LabelHeight { get; }

    public int SheetWidth { get; }

    public int SheetHeight { get; }

    public (int X, int Y) CellOrigin(int index) =>
        (Gutter + (index % Columns * (ThumbWidth + Gutter)), Gutter + (index / Columns * (ThumbHeight + LabelHeight + Gutter)));
}
