using Backlot.Domain.Sheets;

namespace Backlot.Engines.Previs;

/// <summary>The knobs the previs renderer reads, after validation, with the engine's defaults filled in.</summary>
internal sealed record PrevisSettings(
    string Size,
    string Angle,
    double LensMm,
    double CameraHeight,
    string TimeOfDay,
    string Location,
    int Width,
    int Height,
    long Seed)
{
    public static PrevisSettings From(ResolvedControlSheet sheet, EngineDescriptor descriptor)
    {
        string Text(string name) => sheet.Text(name, descriptor.Parameter(name)!.Default.Text!);
        double Number(string name) => sheet.Number(name, descriptor.Parameter(name)!.Default.Number);

        return new(
            Text(KnobNames.Size),
            Text(KnobNames.Angle),
            Number(KnobNames.Lens),
            Number(KnobNames.CameraHeight),
            Text(KnobNames.TimeOfDay),
            Text(KnobNames.Location),
            (int)Number(KnobNames.Width),
            (int)Number(KnobNames.ImageHeight),
            (long)Number(KnobNames.Seed));
    }
}
