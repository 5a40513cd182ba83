using Backlot.Data;
using Backlot.Data.Blobs;
using Backlot.Domain.Takes;
using Backlot.Engines;
using Backlot.Provenance;
using Backlot.Provenance.C2pa;
using Microsoft.EntityFrameworkCore;

namespace Backlot.Studio.Signing;

/// <summary>
/// Makes the file that leaves the studio for a take's frame (or any stored image): the watermarker prepares the pixels and
/// the format, then the production's identity signs a C2PA manifest into it (<see cref="TakeManifest"/>).
/// The caller checks that the frame may be seen, and records that it left.
/// </summary>
public sealed class FrameSigner(
    IDbContextFactory<BacklotDbContext> contexts,
    StudioDatabase database,
    IBlobStore blobs,
    EngineRouter engines,
    SigningIdentityService identities,
    IFrameWatermarker watermarker,
    SignedFrameCache cache,
    TimeStamping timeStamping)
{
    public const string Beauty = "beauty";

    /// <summary>The signed file of one output of a completed take (the beauty frame unless another role is named).</summary>
    /// <param name="timeStamp">Whether the configured time-stamp authority stamps it: yes for what leaves (exports, downloads), no for what the studio shows.</param>
    public async Task<SignedFrame> SignTakeAsync(
        Guid takeId, FrameFileFormat format = FrameFileFormat.Png, string role = Beauty, bool timeStamp = true, CancellationToken cancellationToken = default)
    {
        await database.EnsureReadyAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var take = await db.Takes.AsNoTracking().SingleOrDefaultAsync(t => t.Id == takeId, cancellationToken)
            ?? throw StudioException.NotFound($"take {takeId}");
        var shot = await db.Shots.AsNoTracking().SingleAsync(s => s.Id == take.ShotId, cancellationToken);
        var output = take.Output(role);
        if (take.Status != TakeStatus.Completed || output is null)
            throw new StudioException(StudioErrorKind.NotFound, $"take {take.Number} of shot {shot.Code} has no {role} frame (it is {take.Status})");
        if (role != Beauty && format != FrameFileFormat.Png)
            throw new StudioException(StudioErrorKind.Invalid, $"the {role} map of a take is written as PNG only");

        var identity = await identities.EnsureAsync(take.ProductionId, cancellationToken);
        var stamped = timeStamp && timeStamping.Authority is not null;
        var key = $"take:{take.Id:N}:{role}:{format}:{identity.KeyId}:{stamped}";
        if (cache.Get(key) is { } cached)
            return cached;

        var production = await db.Productions.AsNoTracking().SingleAsync(p => p.Id == take.ProductionId, cancellationToken);
        var suffix = role == Beauty ? "" : "_" + role;
        var fileName = $"{FileSafe(shot.Code)}_t{take.Number}{suffix}{format.Extension()}";
        var facts = new TakeFacts(fileName, production.Name, shot.Code, take.Number, take.EngineId, take.EngineVersion, take.SheetHash, take.CompletedAt)
        {
            Engine = engines.Find(take.EngineId)?.Descriptor,
            Parent = await ParentAsync(db, output.AssetSha256, take, cancellationToken),
            References = await ReferencesAsync(db, take.ProductionId, shot.Characters, cancellationToken),
        };

        var bytes = await ReadAsync(output.AssetSha256, cancellationToken);
        var prepared = role == Beauty
            ? await watermarker.PrepareAsync(bytes, WatermarkPayload.For(take.ProductionId, take.Id), format, cancellationToken)
            : bytes;
        var signed = await SignAsync(prepared, TakeManifest.For(facts), await identities.CredentialAsync(take.ProductionId, cancellationToken), stamped, cancellationToken);
        return cache.Add(key, new SignedFrame(take.ProductionId, shot.Id, take.Id, fileName, format.MediaType(), signed, output.AssetSha256, take.EngineId));
    }

    /// <summary>
    /// A stored PNG or JPEG as it is served: a take's output is signed as that take's frame; an image no take made keeps the
    /// content credentials it came with, else is signed as opened by the studio (its original bytes named as the parent).
    /// Null when the asset is not a PNG or JPEG.
    /// </summary>
    public async Task<SignedFrame?> SignAssetAsync(string sha256, CancellationToken cancellationToken = default)
    {
        await database.EnsureReadyAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var asset = await db.Assets.AsNoTracking().SingleOrDefaultAsync(a => a.Sha256 == sha256, cancellationToken)
            ?? throw StudioException.NotFound($"asset {sha256}");
        var format = asset.MediaType switch
        {
            "image/png" => FrameFileFormat.Png,
            "image/jpeg" => FrameFileFormat.Jpeg,
            _ => (FrameFileFormat?)null,
        };
        if (format is null)
            return null;

        if (asset.SourceTakeId is { } takeId
            && await db.Takes.AsNoTracking().SingleOrDefaultAsync(t => t.Id == takeId && t.Status == TakeStatus.Completed, cancellationToken) is { } take
            && format == FrameFileFormat.Png
            && take.Outputs.FirstOrDefault(o => o.AssetSha256 == sha256) is { } output)
        {
            return await SignTakeAsync(take.Id, FrameFileFormat.Png, output.Role, timeStamp: false, cancellationToken);
        }

        var productionId = asset.ProductionId ?? throw new StudioException(StudioErrorKind.Conflict, $"asset {sha256} belongs to no production, so no identity can sign it");
        var identity = await identities.EnsureAsync(productionId, cancellationToken);
        var key = $"asset:{sha256}:{identity.KeyId}";
        if (cache.Get(key) is { } cached)
            return cached;
        var bytes = await ReadAsync(sha256, cancellationToken);
        var fileName = sha256[..16] + format.Value.Extension();
        byte[] content;
        if (HasValidCredentials(bytes))
        {
            content = bytes;
        }
        else
        {
            var definition = new C2paManifestDefinition(fileName, TakeManifest.GeneratorName, TakeManifest.GeneratorVersion,
                [new C2paAction(C2paActionNames.Opened, SoftwareAgent: $"{TakeManifest.GeneratorName} {TakeManifest.GeneratorVersion}", Ingredients: [0])])
            {
                Ingredients = [new C2paIngredient(fileName, asset.MediaType, Convert.FromHexString(sha256), IngredientRelationship.ParentOf, "the file as it came into the studio")],
            };
            content = await SignAsync(bytes, definition, await identities.CredentialAsync(productionId, cancellationToken), timeStamp: false, cancellationToken);
        }

        return cache.Add(key, new SignedFrame(productionId, null, null, fileName, asset.MediaType, content, sha256, null));
    }

    /// <summary>
    /// An image the studio made from take frames (a contact sheet), signed as created from them: each frame is a
    /// component ingredient, and the source type says whether a trained model made any of them.
    /// </summary>
    public async Task<byte[]> SignCompositeAsync(
        Guid productionId, byte[] png, string fileName, IReadOnlyList<(string Title, string Sha256, string EngineId)> components,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(components);
        var agent = $"{TakeManifest.GeneratorName} {TakeManifest.GeneratorVersion}";
        // An engine this build does not know counts as a trained model, as for single frames.
        var trained = components.Any(c => engines.Find(c.EngineId)?.Descriptor.UsesTrainedModel ?? true);
        C2paAction[] actions = components.Count == 0
            ? [new C2paAction(C2paActionNames.Created, DigitalSourceType.AlgorithmicMedia, agent)]
            :
            [
                new C2paAction(C2paActionNames.Created, trained ? DigitalSourceType.CompositeWithTrainedAlgorithmicMedia : DigitalSourceType.AlgorithmicMedia, agent),
                new C2paAction(C2paActionNames.Placed, SoftwareAgent: agent, Ingredients: [.. Enumerable.Range(0, components.Count)]),
            ];
        var definition = new C2paManifestDefinition(fileName, TakeManifest.GeneratorName, TakeManifest.GeneratorVersion, actions)
        {
            Ingredients = [.. components.Select(c => new C2paIngredient(c.Title, "image/png", Convert.FromHexString(c.Sha256), IngredientRelationship.ComponentOf))],
        };
        return await SignAsync(png, definition, await identities.CredentialAsync(productionId, cancellationToken), timeStamp: true, cancellationToken);
    }

    private static bool HasValidCredentials(byte[] bytes)
    {
        try
        {
            return C2paReader.Read(bytes).State is C2paValidationState.Valid or C2paValidationState.Trusted;
        }
        catch (ProvenanceException)
        {
            return false;
        }
    }

    /// <summary>Signs, with an RFC 3161 time-stamp when a time-stamp authority is configured (BACKLOT_TSA_URL); a TSA that fails fails the export.</summary>
    private async Task<byte[]> SignAsync(
        byte[] image, C2paManifestDefinition definition, Provenance.Signing.C2paSigningCredential credential, bool timeStamp, CancellationToken cancellationToken)
    {
        var authority = timeStamp ? timeStamping.Authority : null;
        try
        {
            return await C2paSigner.SignAsync(image, definition, credential, authority, cancellationToken);
        }
        catch (ProvenanceException e) when (authority is not null && e.Message.Contains("time-stamp", StringComparison.OrdinalIgnoreCase))
        {
            throw new StudioException(StudioErrorKind.Conflict, $"{definition.Title}: the time-stamp authority ({timeStamping.Address}) failed, so nothing was exported: {e.Message}", e);
        }
        catch (ProvenanceException e)
        {
            throw new StudioException(StudioErrorKind.Invalid, $"{definition.Title}: cannot be signed: {e.Message}", e);
        }
    }

    /// <summary>The take whose frame this output was made from (re-rendered from it), if the asset's lineage names one.</summary>
    private static async Task<TakeIngredient?> ParentAsync(BacklotDbContext db, string sha256, Take take, CancellationToken cancellationToken)
    {
        var parents = await db.Assets.AsNoTracking().Where(a => a.Sha256 == sha256).Select(a => a.Parents).SingleOrDefaultAsync(cancellationToken) ?? [];
        foreach (var parentSha in parents)
        {
            var parent = await db.Assets.AsNoTracking().SingleOrDefaultAsync(a => a.Sha256 == parentSha && a.SourceTakeId != null && a.SourceTakeId != take.Id, cancellationToken);
            if (parent is null || parent.MediaType is not ("image/png" or "image/jpeg"))
                continue;
            var parentTake = await db.Takes.AsNoTracking().SingleAsync(t => t.Id == parent.SourceTakeId, cancellationToken);
            var code = await db.Shots.AsNoTracking().Where(s => s.Id == parentTake.ShotId).Select(s => s.Code).SingleAsync(cancellationToken);
            var extension = parent.MediaType == "image/jpeg" ? ".jpg" : ".png";
            return new TakeIngredient($"{FileSafe(code)}_t{parentTake.Number}{extension}", parent.MediaType, parent.Sha256, "parent take");
        }

        return null;
    }

    /// <summary>The identity references of the characters in frame that the studio holds as images.</summary>
    private static async Task<IReadOnlyList<TakeIngredient>> ReferencesAsync(BacklotDbContext db, Guid productionId, List<string> names, CancellationToken cancellationToken)
    {
        if (names.Count == 0)
            return [];
        var characters = await db.Characters.AsNoTracking().Where(c => c.ProductionId == productionId && names.Contains(c.Name)).ToListAsync(cancellationToken);
        var wanted = characters.SelectMany(c => c.Bible.IdentityReferences).Distinct().ToList();
        if (wanted.Count == 0)
            return [];
        var assets = await db.Assets.AsNoTracking().Where(a => wanted.Contains(a.Sha256)).ToDictionaryAsync(a => a.Sha256, cancellationToken);
        var references = new List<TakeIngredient>();
        foreach (var character in characters.OrderBy(c => c.Name, StringComparer.Ordinal))
        {
            var n = 0;
            foreach (var sha in character.Bible.IdentityReferences)
            {
                if (!assets.TryGetValue(sha, out var asset) || asset.MediaType is not ("image/png" or "image/jpeg"))
                    continue;
                n++;
                var extension = asset.MediaType == "image/jpeg" ? ".jpg" : ".png";
                references.Add(new TakeIngredient($"{FileSafe(character.Name)}-reference-{n}{extension}", asset.MediaType, sha, $"character reference: {character.Name}"));
            }
        }

        return references;
    }

    private async Task<byte[]> ReadAsync(string sha, CancellationToken cancellationToken) =>
        await blobs.ReadAllBytesAsync(sha, cancellationToken)
        ?? throw new StudioException(StudioErrorKind.NotFound, $"the bytes of asset {sha} are missing from the blob store");

    /// <summary>Shot codes are short crew codes ("12A"); anything else a file name cannot hold becomes a dash.</summary>
    internal static string FileSafe(string text) =>
        new([.. text.Trim().Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '-')]);
}
