namespace Backlot.Studio.Shots;

/// <summary>What a person changes on a shot, or sets on a new one; null leaves a field as it is.</summary>
/// <param name="Size">EWS, WS, FS, MS, MCU, CU or ECU.</param>
/// <param name="Framing">establishing, two-shot, group, ots, single, insert, cutaway or pov.</param>
/// <param name="Angle">eye, high or low.</param>
/// <param name="Lens">Focal length in millimetres.</param>
/// <param name="Subject">The character the camera favours; "" clears it.</param>
/// <param name="Characters">Characters in frame, by name.</param>
/// <param name="Description">What the shot covers.</param>
/// <param name="EstimatedSeconds">Planned screen time.</param>
public sealed record ShotChanges(
    string? Size = null,
    string? Framing = null,
    string? Angle = null,
    double? Lens = null,
    string? Subject = null,
    IReadOnlyList<string>? Characters = null,
    string? Description = null,
    double? EstimatedSeconds = null);
