using Backlot.Data;
using Backlot.Domain.Takes;
using Backlot.Provenance;
using Backlot.Provenance.C2pa;
using Backlot.Studio.Audit;
using Backlot.Studio.Auth;
using Microsoft.EntityFrameworkCore;

namespace Backlot.Studio.Signing;

/// <summary>
/// A take's provenance for its page and the API: the frame is signed exactly as it is exported and read back against the
/// production's trust anchors, so what people see is what a recipient's verifier will say. Showing it records nothing.
/// </summary>
public sealed class TakeCredentialsQuery(
    IDbContextFactory<BacklotDbContext> contexts,
    StudioDatabase database,
    FrameSigner signer,
    SigningIdentityService identities,
    AuditService audit)
{
    public async Task<TakeCredentialsView> TakeCredentialsAsync(AccessScope scope, Guid takeId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await database.EnsureReadyAsync(cancellationToken);
        Take take;
        string shotCode;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            take = await db.Takes.AsNoTracking().SingleOrDefaultAsync(t => t.Id == takeId, cancellationToken) ?? throw StudioException.NotFound($"take {takeId}");
            if (!scope.CanSee(take.ProductionId))
                throw StudioException.NotFound($"take {takeId}");
            shotCode = await db.Shots.AsNoTracking().Where(s => s.Id == take.ShotId).Select(s => s.Code).SingleAsync(cancellationToken);
        }

        var hasFrame = take.Status == TakeStatus.Completed && take.Output(FrameSigner.Beauty) is not null;
        var credentials = hasFrame ? await CredentialsAsync(take, cancellationToken) : null;
        var note = hasFrame ? null : $"take {take.Number} of shot {shotCode} has no frame to sign (it is {take.Status})";
        return new TakeCredentialsView(take.Id, take.ShotId, shotCode, take.Number, take.Status.ToString(), credentials, note, await AuditAsync(take, cancellationToken));
    }

    private async Task<FrameCredentialsView> CredentialsAsync(Take take, CancellationToken cancellationToken)
    {
        var frame = await signer.SignTakeAsync(take.Id, FrameFileFormat.Png, FrameSigner.Beauty, timeStamp: false, cancellationToken);
        var anchors = await identities.TrustAnchorsAsync(take.ProductionId, cancellationToken);
        C2paReadResult read;
        try
        {
            read = C2paReader.Read(frame.Content, anchors);
        }
        catch (ProvenanceException e)
        {
            read = new C2paReadResult(C2paValidationState.Invalid, [new C2paFailure(C2paFailureCodes.ClaimMalformed, e.Message)], null);
        }

        var m = read.Manifest;
        return new FrameCredentialsView(
            read.State.ToString(), read.Failures, frame.FileName, frame.Sha256,
            m?.ClaimGenerator, m?.Title, m?.SignerSubject, m?.SignerIssuer, m?.Algorithm, m?.SigningTime,
            [.. (m?.Actions ?? []).Select(a => new CredentialActionView(
                a.Action, CredentialLabels.Action(a.Action), CredentialLabels.SourceType(a.DigitalSourceTypeUri), a.DigitalSourceTypeUri, a.SoftwareAgent, a.When))],
            [.. (m?.Ingredients ?? []).Select(i => new CredentialIngredientView(
                i.Title, i.Relationship, i.InstanceId is { } id && id.StartsWith("sha256:", StringComparison.Ordinal) ? id["sha256:".Length..] : i.InstanceId,
                i.Format, i.Description))],
            [.. (m?.TrainingMining ?? new Dictionary<string, string>()).Select(t => new TrainingMiningView(t.Key, CredentialLabels.TrainingMiningEntry(t.Key), t.Value))],
            m?.Take);
    }

    /// <summary>
    /// Entries naming the take, or any of its stored outputs by hash (the same bytes leaving through an asset link), newest first.
    /// The log is read whole: subjects and hashes are lists inside each entry, not columns a database can search.
    /// </summary>
    private async Task<IReadOnlyList<TakeAuditLine>> AuditAsync(Take take, CancellationToken cancellationToken)
    {
        var id = take.Id.ToString();
        var outputs = take.Outputs.Select(o => o.AssetSha256).ToHashSet(StringComparer.Ordinal);
        var entries = await audit.ListAsync(take.ProductionId, cancellationToken: cancellationToken);
        return [.. entries
            .Where(e => e.SubjectIds.Contains(id, StringComparer.OrdinalIgnoreCase) || e.AssetSha256s.Any(outputs.Contains))
            .OrderByDescending(e => e.Sequence)
            .Select(e => new TakeAuditLine(e.Sequence, e.Time, e.Actor, e.Action, TakeAuditSummary.Describe(e), e.EngineId, e.AssetSha256s, e.Details))];
    }
}
