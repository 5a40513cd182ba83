namespace Backlot.Provenance.C2pa;

/// <summary>Action names from the C2PA specification's action vocabulary.</summary>
public static class C2paActionNames
{
    public const string Created = "c2pa.created";
    public const string Opened = "c2pa.opened";
    public const string Edited = "c2pa.edited";
    public const string Placed = "c2pa.placed";
    public const string Cropped = "c2pa.cropped";
    public const string Resized = "c2pa.resized";
    public const string ColorAdjustments = "c2pa.color_adjustments";
    public const string Converted = "c2pa.converted";
    public const string Published = "c2pa.published";
}
