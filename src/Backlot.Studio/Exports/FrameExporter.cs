using System.Text.Json;
using Backlot.Data;
using Backlot.Provenance.Audit;
using Backlot.Studio.Audit;
using Backlot.Studio.Auth;
using Backlot.Studio.Signing;
using Microsoft.EntityFrameworkCore;

namespace Backlot.Studio.Exports;

/// <summary>
/// Frames leaving the studio: each is the chosen take's beauty frame, watermarked and signed by the production
/// (<see cref="FrameSigner"/>), and each file that leaves is recorded in the audit log (<c>export.frame</c>) with
/// the hashes of the stored frame and of the file.
/// </summary>
public sealed class FrameExporter(AnimaticBuilder animatics, FrameSigner signer, AuditService audit, IDbContextFactory<BacklotDbContext> contexts)
{
    /// <summary>The selected (else latest completed) take's frame of every shot that has one, named <c>&lt;shot&gt;_t&lt;take&gt;.png</c>.</summary>
    public async Task<ExportResult> ExportAsync(AccessScope scope, string? production, string? scene, FrameFileFormat format, CancellationToken cancellationToken = default)
    {
        var animatic = await animatics.LoadAsync(scope, production, scene, cancellationToken);
        var files = new List<ExportFile>();
        foreach (var shot in animatic.Shots.Where(s => s.BeautySha256 is not null))
        {
            var frame = await SignAsync(scope, shot.Take!.Id, format, "frames", null, cancellationToken);
            files.Add(new ExportFile(frame.FileName, frame.MediaType, frame.Content));
        }

        if (files.Count == 0)
            throw new StudioException(StudioErrorKind.Invalid, $"'{animatic.ProductionName}' has no rendered frames to export{(scene is null ? "" : $" in scene {scene}")}: render first");
        var name = Domain.Productions.Production.SlugFor(animatic.ProductionName) + (scene is null ? "" : $"-scene-{scene}");
        return new ExportResult(ExportFormat.Frames, name, files);
    }

    /// <summary>One take's signed frame, for a caller who may see the take; recorded as exported.</summary>
    public async Task<SignedFrame> ExportTakeAsync(AccessScope scope, Guid takeId, FrameFileFormat format, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var productionId = await db.Takes.Where(t => t.Id == takeId).Select(t => (Guid?)t.ProductionId).SingleOrDefaultAsync(cancellationToken);
            if (productionId is not { } id || !scope.CanSee(id))
                throw StudioException.NotFound($"take {takeId}");
        }

        return await SignAsync(scope, takeId, format, "take", null, cancellationToken);
    }

    /// <summary>Signs a take's frame for an export and records that it left; <paramref name="path"/> is where the export puts it.</summary>
    public async Task<SignedFrame> SignAsync(AccessScope scope, Guid takeId, FrameFileFormat format, string export, string? path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var frame = await signer.SignTakeAsync(takeId, format, FrameSigner.Beauty, timeStamp: true, cancellationToken);
        await RecordAsync(scope.Subject, AuditActions.ExportFrame, frame, new { export, file = path ?? frame.FileName, format = format.ToString().ToLowerInvariant() }, cancellationToken);
        return frame;
    }

    /// <summary>Writes the audit entry for a frame that left: the take and shot as subjects, the stored and the delivered hashes.</summary>
    public Task<AuditEntry> RecordAsync(string actor, string action, SignedFrame frame, object details, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(frame);
        List<string> subjects = [.. new[] { frame.TakeId?.ToString(), frame.ShotId?.ToString() }.OfType<string>()];
        if (subjects.Count == 0)
            subjects.Add(frame.SourceSha256);
        return audit.AppendAsync(frame.ProductionId, new AuditEvent
        {
            Actor = string.IsNullOrWhiteSpace(actor) ? "unknown" : actor,
            Action = action,
            SubjectIds = subjects,
            AssetSha256s = frame.SourceSha256 == frame.Sha256 ? [frame.Sha256] : [frame.SourceSha256, frame.Sha256],
            EngineId = frame.EngineId,
            Details = JsonSerializer.Serialize(details, JsonSerializerOptions.Web),
        }, cancellationToken);
    }
}
