namespace Backlot.Provenance.Audit;

/// <summary>The actions the studio records. Any dotted lower-case name is accepted; these are the ones Backlot writes.</summary>
public static class AuditActions
{
    /// <summary>A frame left the studio in an export.</summary>
    public const string ExportFrame = "export.frame";

    /// <summary>An asset (a reference image, a control map) was sent to an engine.</summary>
    public const string AssetSentToEngine = "asset.sent-to-engine";

    /// <summary>The production's policy refused an engine.</summary>
    public const string EngineRefused = "engine.refused";

    /// <summary>Someone downloaded an asset.</summary>
    public const string Download = "download";

    /// <summary>A production's data policy was changed.</summary>
    public const string PolicyChanged = "policy.changed";

    /// <summary>A studio imported its own signing chain and key for a production.</summary>
    public const string KeysImported = "keys.imported";

    /// <summary>A checkpoint was signed on request.</summary>
    public const string Checkpoint = "audit.checkpoint";
}
