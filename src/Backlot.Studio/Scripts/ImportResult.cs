namespace Backlot.Studio.Scripts;

/// <summary>What an import did.</summary>
public sealed record ImportResult(
    Guid ProductionId,
    string ProductionName,
    Guid DraftId,
    int DraftNumber,
    bool AlreadyImported,
    int Scenes,
    int Characters,
    int ScenesAdded,
    int ScenesKept,
    int ScenesArchived,
    int ShotsPlanned);
