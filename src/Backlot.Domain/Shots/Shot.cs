using Backlot.Domain.Sheets;

namespace Backlot.Domain.Shots;

/// <summary>A planned camera setup inside a scene. Its size, angle and lens are knobs of its sheet.</summary>
public sealed class Shot
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ProductionId { get; init; }

    public Guid SceneId { get; init; }

    /// <summary>Shot number as a crew says it: scene number plus a letter ("12A").</summary>
    public required string Code { get; set; }

    /// <summary>Position inside the scene, from 1.</summary>
    public int Ordinal { get; set; }

    /// <summary>What the shot covers: the action or the lines.</summary>
    public string Description { get; set; } = "";

    /// <summary>Characters in frame, by canonical name.</summary>
    public List<string> Characters { get; set; } = [];

    /// <summary>1-based line, in the draft the shot was planned from, of the first paragraph it covers; null when unknown.</summary>
    public int? FirstLine { get; set; }

    /// <summary>1-based line of the last paragraph it covers; null when unknown.</summary>
    public int? LastLine { get; set; }

    /// <summary>Planned screen time in seconds.</summary>
    public double EstimatedSeconds { get; set; }

    public ControlSheet Sheet { get; set; } = ControlSheet.Empty;

    /// <summary>The take chosen for the cut; null means the latest completed take.</summary>
    public Guid? SelectedTakeId { get; set; }

    /// <summary>
    /// Taken out of the plan by a person. As crews do with omitted scenes, the shot keeps its code (no new shot takes
    /// it), its takes stay, and re-planning does not bring it back; it is not rendered or exported.
    /// </summary>
    public bool Omitted { get; set; }

    /// <summary>A person edited this shot: re-planning leaves it alone.</summary>
    public bool EditedByUser { get; set; }

    /// <summary>The <see cref="KnobNames.Framing"/> knob's text, or null.</summary>
    public string? Framing => Sheet.Knobs.TryGetValue(KnobNames.Framing, out var k) ? k.Value.Text : null;

    public ShotSize? Size =>
        Sheet.Knobs.TryGetValue(KnobNames.Size, out var k) && k.Value.Text is { } t && Enum.TryParse<ShotSize>(t, out var s)
            ? s
            : null;
}
