namespace Backlot.Interchange.Csv;

/// <summary>One shot in a shot list, as production software (StudioBinder, Celtx, a spreadsheet) imports it.</summary>
/// <param name="Scene">Scene number ("12", "12A").</param>
/// <param name="Shot">Shot number or code within the scene.</param>
/// <param name="Description">What the shot shows.</param>
/// <param name="Size">Shot size ("WS", "MCU").</param>
/// <param name="Angle">Camera angle.</param>
/// <param name="LensMm">Focal length in millimetres; written as "35mm".</param>
/// <param name="Movement">Camera movement ("static", "dolly in").</param>
/// <param name="Characters">Characters in frame; written comma-separated in one field.</param>
/// <param name="EstimatedDuration">Planned screen time; written in seconds.</param>
/// <param name="Take">Selected take.</param>
/// <param name="Status">Production status ("planned", "shot", "approved").</param>
/// <param name="Notes">Free notes.</param>
public sealed record ShotListRow(
    string Scene,
    string Shot,
    string Description,
    string? Size = null,
    string? Angle = null,
    double? LensMm = null,
    string? Movement = null,
    IReadOnlyList<string>? Characters = null,
    TimeSpan? EstimatedDuration = null,
    int? Take = null,
    string? Status = null,
    string? Notes = null);
