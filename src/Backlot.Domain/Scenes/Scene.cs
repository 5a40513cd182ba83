using Backlot.Domain.Sheets;

namespace Backlot.Domain.Scenes;

/// <summary>A scene heading and what follows it.</summary>
public sealed class Scene
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ProductionId { get; init; }

    public Guid ScriptDraftId { get; set; }

    /// <summary>Position in the script, from 1.</summary>
    public int Ordinal { get; set; }

    /// <summary>The scene number: from the script ("12A") or assigned in order ("12").</summary>
    public required string Number { get; set; }

    public required string Heading { get; set; }

    /// <summary>INT, EXT, INT/EXT or empty.</summary>
    public string IntExt { get; set; } = "";

    public string Location { get; set; } = "";

    public string TimeOfDay { get; set; } = "";

    /// <summary>The first lines of action, for people skimming the board.</summary>
    public string Synopsis { get; set; } = "";

    /// <summary>Speaking cast, by character name, in order of first line.</summary>
    public List<string> Cast { get; set; } = [];

    /// <summary>1-based line of the heading in the source file.</summary>
    public int SourceLine { get; set; }

    public ControlSheet Sheet { get; set; } = ControlSheet.Empty;

    /// <summary>Removed from a later draft; kept so nothing is lost.</summary>
    public bool Archived { get; set; }
}
