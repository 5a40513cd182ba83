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

    /// <summary>The scene number: from the script ("12A") or assigned by Backlot ("12", "12A" for a scene added after 12).</summary>
    public required string Number { get; set; }

    /// <summary>The number was written in the script ("#12A#") rather than assigned by Backlot.</summary>
    public bool NumberFromScript { get; set; }

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

    /// <summary>
    /// The printed paragraphs as plain text, one per line, each prefixed by its kind ("Dialogue: …"); notes,
    /// synopses and sections left out. What a new draft is compared with. Null for scenes imported before it was kept.
    /// </summary>
    public string? Text { get; set; }

    /// <summary>SHA-256 (lower-case hex) of the heading and <see cref="Text"/>: equal hashes, same scene text.</summary>
    public string? TextHash { get; set; }

    /// <summary>What the last imported draft did to this scene.</summary>
    public DraftStatus DraftStatus { get; set; } = DraftStatus.New;

    /// <summary>The number of the last draft that added this scene or changed its text; null before drafts were tracked.</summary>
    public int? ChangedInDraft { get; set; }
}
