using Backlot.Provenance.C2pa;

namespace Backlot.Studio.Signing;

/// <summary>What a take's page shows about provenance: the credentials its frame leaves with, and what of it has left.</summary>
/// <param name="Credentials">The exported frame's content credentials; null when the take has no frame (queued, running, failed).</param>
/// <param name="Note">Why there are no credentials, when there are none.</param>
/// <param name="Audit">Audit entries about the take or its frames, newest first.</param>
public sealed record TakeCredentialsView(
    Guid TakeId, Guid ShotId, string ShotCode, int TakeNumber, string TakeStatus,
    FrameCredentialsView? Credentials, string? Note, IReadOnlyList<TakeAuditLine> Audit);

/// <summary>The content credentials of the frame as it is exported (PNG), read back and checked against the production's root.</summary>
/// <param name="State">None, Invalid, Valid or Trusted.</param>
/// <param name="FileName">The name the frame is exported under.</param>
/// <param name="FileSha256">The SHA-256 of the signed file: what a recipient's copy hashes to.</param>
public sealed record FrameCredentialsView(
    string State, IReadOnlyList<C2paFailure> Failures, string FileName, string FileSha256,
    string? ClaimGenerator, string? Title, string? SignerSubject, string? SignerIssuer, string? Algorithm, DateTimeOffset? SigningTime,
    IReadOnlyList<CredentialActionView> Actions, IReadOnlyList<CredentialIngredientView> Ingredients,
    IReadOnlyList<TrainingMiningView> TrainingMining, BacklotTake? Take);

/// <summary>An action of the manifest, e.g. created, by the previs engine, as algorithmic media.</summary>
/// <param name="Label">The action in words, e.g. <c>Created</c>.</param>
/// <param name="SourceType">The IPTC digital source type in words, e.g. <c>Algorithmic media</c>.</param>
/// <param name="SourceTypeUri">The IPTC URI itself.</param>
public sealed record CredentialActionView(
    string Action, string Label, string? SourceType, string? SourceTypeUri, string? SoftwareAgent, string? When);

/// <summary>An ingredient: a character reference or the take this one was re-rendered from, named by its hash.</summary>
public sealed record CredentialIngredientView(string? Title, string? Relationship, string? Sha256, string? Format, string? Description);

/// <summary>A training and mining entry, e.g. <c>cawg.ai_training</c> (AI training) → <c>notAllowed</c>.</summary>
public sealed record TrainingMiningView(string Entry, string Label, string Use)
{
    public bool Allowed => Use is "allowed";
}

/// <summary>One audit entry about a take, with a sentence for people (<c>exported as PNG (1A_t1.png)</c>).</summary>
public sealed record TakeAuditLine(
    long Sequence, DateTimeOffset Time, string Actor, string Action, string Summary, string? EngineId,
    IReadOnlyList<string> AssetSha256s, string? Details);
