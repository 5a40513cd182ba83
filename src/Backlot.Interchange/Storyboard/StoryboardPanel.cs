namespace Backlot.Interchange.Storyboard;

/// <summary>
/// One storyboard panel: a shot with the frame of its selected take. Empty memory means "none"
/// (no frame rendered yet, no camera plot made by the engine).
/// </summary>
/// <param name="SceneNumber">Scene number as the script prints it ("12", "12A").</param>
/// <param name="SceneHeading">Slug line, e.g. "INT. KITCHEN - NIGHT".</param>
/// <param name="ShotCode">Shot number or code, e.g. "12A-3".</param>
/// <param name="Size">Shot size ("WS", "MCU"), if planned.</param>
/// <param name="Angle">Camera angle ("low", "over the shoulder"), if planned.</param>
/// <param name="LensMm">Focal length in millimetres, if planned.</param>
/// <param name="Description">The action or dialogue the shot covers.</param>
/// <param name="Characters">Characters in frame.</param>
/// <param name="TakeNumber">The selected take, if any.</param>
/// <param name="ImagePng">The selected take's frame as PNG.</param>
/// <param name="CameraPlotPng">Top-down camera plot as PNG, when the engine made one.</param>
public sealed record StoryboardPanel(
    string SceneNumber,
    string SceneHeading,
    string ShotCode,
    string? Size,
    string? Angle,
    double? LensMm,
    string Description,
    IReadOnlyList<string> Characters,
    int? TakeNumber,
    ReadOnlyMemory<byte> ImagePng,
    ReadOnlyMemory<byte> CameraPlotPng);
