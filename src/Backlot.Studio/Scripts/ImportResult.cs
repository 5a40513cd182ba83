namespace Backlot.Studio.Scripts;

/// <summary>What an import did.</summary>
/// <param name="ScenesKept">Scenes matched to one of the draft before (unchanged and changed).</param>
/// <param name="ShotsPlanned">New shots: the plans of new scenes and what re-planning changed scenes added.</param>
/// <param name="ScenesChanged">Of the kept scenes, those whose text changed; their plans were brought up to date.</param>
/// <param name="ShotsReplaced">Planned shots nobody had edited, locked or rendered, removed by re-planning changed scenes.</param>
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
    int ShotsPlanned,
    int ScenesChanged = 0,
    int ShotsReplaced = 0)
{
    /// <summary>Kept scenes whose text is the same as in the draft before.</summary>
    public int ScenesUnchanged => ScenesKept - ScenesChanged;
}
