using Backlot.Domain.Shots;

namespace Backlot.Screenplay.ShotPlanning;

/// <summary>A camera setup proposed for a scene, before it becomes a <see cref="Shot"/> with a control sheet.</summary>
/// <param name="Code">Scene number plus a letter: "3A", "3B"… (after Z: "3AA", "3AB"…).</param>
/// <param name="Ordinal">Position inside the scene, from 1.</param>
/// <param name="Size">Framing.</param>
/// <param name="Angle">Camera height: "eye", "high" or "low".</param>
/// <param name="LensMm">Focal length in millimetres (Super 35).</param>
/// <param name="Characters">Canonical names of the characters in frame.</param>
/// <param name="Description">What the shot covers.</param>
/// <param name="EstimatedSeconds">Planned screen time.</param>
public sealed record PlannedShot(
    string Code,
    int Ordinal,
    ShotSize Size,
    string Angle,
    double LensMm,
    IReadOnlyList<string> Characters,
    string Description,
    double EstimatedSeconds)
{
    /// <summary>What kind of coverage the shot is.</summary>
    public ShotFraming Framing { get; init; } = ShotFraming.Single;

    /// <summary>The character the camera favours (the speaker of a single or an over-the-shoulder); null for wides and inserts.</summary>
    public string? Subject { get; init; }

    /// <summary>1-based source line of the first paragraph the shot covers.</summary>
    public int FirstLine { get; init; }

    /// <summary>1-based source line of the last paragraph the shot covers.</summary>
    public int LastLine { get; init; }
}
