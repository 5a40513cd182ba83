using System.Security.Cryptography;
using Backlot.Data;
using Backlot.Data.Blobs;
using Backlot.Domain.Assets;
using Backlot.Domain.Characters;
using Backlot.Domain.Scenes;
using Backlot.Domain.Scripts;
using Backlot.Domain.Sheets;
using Backlot.Screenplay;
using Backlot.Studio.Productions;
using Backlot.Studio.Shots;
using Microsoft.EntityFrameworkCore;

namespace Backlot.Studio.Scripts;

/// <summary>
/// Imports a screenplay draft into a production: scenes, characters and a first shot plan, all in one
/// transaction, so a failed import leaves the production as it was. Re-importing the same bytes changes
/// nothing; a new draft keeps the scenes (and their shots and takes) whose number and heading still match
/// and archives the ones that are gone.
/// </summary>
public sealed class ScriptImporter(
    IDbContextFactory<BacklotDbContext> contexts,
    IBlobStore blobs,
    ProductionService productions,
    StudioOptions options)
{
    public async Task<ImportResult> ImportAsync(
        string fileName,
        ReadOnlyMemory<byte> content,
        string? productionName = null,
        IReadOnlyDictionary<string, CharacterBible>? bibles = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        if (content.Length > options.MaxScriptBytes)
            throw new StudioException(StudioErrorKind.Invalid, $"{fileName}: the file is {content.Length:N0} bytes, over the {options.MaxScriptBytes:N0}-byte limit for a screenplay");
        ParsedScript script;
        try
        {
            script = ScriptParser.Parse(fileName, content.Span);
        }
        catch (ScriptFormatException e)
        {
            throw new StudioException(StudioErrorKind.Invalid, $"{fileName}: {e.Message}", e);
        }

        var name = !string.IsNullOrWhiteSpace(productionName) ? productionName
            : !string.IsNullOrWhiteSpace(script.Title) ? script.Title
            : Path.GetFileNameWithoutExtension(fileName);
        var (production, _) = await productions.GetOrCreateAsync(name, cancellationToken);
        var sha = Convert.ToHexStringLower(SHA256.HashData(content.Span));

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var same = await db.ScriptDrafts.AsNoTracking()
            .SingleOrDefaultAsync(d => d.ProductionId == production.Id && d.SourceSha256 == sha, cancellationToken);
        if (same is not null)
        {
            var sceneCount = await db.Scenes.CountAsync(s => s.ProductionId == production.Id && !s.Archived, cancellationToken);
            var characterCount = await db.Characters.CountAsync(c => c.ProductionId == production.Id, cancellationToken);
            if (bibles is not null)
            {
                await ApplyBiblesAsync(db, production.Id, bibles, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
            }

            return new ImportResult(production.Id, production.Name, same.Id, same.DraftNumber, true, sceneCount, characterCount, 0, sceneCount, 0, 0);
        }

        var blob = await blobs.PutAsync(content, cancellationToken);
        try
        {
            return await WriteDraftAsync(db, production.Id, production.Name, fileName, sha, content.Length, script, bibles, cancellationToken);
        }
        catch when (!blob.AlreadyExisted)
        {
            await blobs.DeleteAsync(sha, CancellationToken.None);
            throw;
        }
    }

    private static async Task<ImportResult> WriteDraftAsync(
        BacklotDbContext db,
        Guid productionId,
        string productionName,
        string fileName,
        string sha,
        long size,
        ParsedScript script,
        IReadOnlyDictionary<string, CharacterBible>? bibles,
        CancellationToken cancellationToken)
    {
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var draftNumber = 1 + (await db.ScriptDrafts.Where(d => d.ProductionId == productionId)
            .MaxAsync(d => (int?)d.DraftNumber, cancellationToken) ?? 0);
        var draft = new ScriptDraft
        {
            ProductionId = productionId,
            DraftNumber = draftNumber,
            FileName = Path.GetFileName(fileName),
            Format = script.Format,
            SourceSha256 = sha,
            Title = script.Title,
        };
        db.ScriptDrafts.Add(draft);
        if (!await db.Assets.AnyAsync(a => a.Sha256 == sha, cancellationToken))
            db.Assets.Add(new Asset { Sha256 = sha, MediaType = script.Format == "fdx" ? "application/xml" : "text/vnd.fountain", Size = size, ProductionId = productionId });

        var existing = await db.Scenes.Where(s => s.ProductionId == productionId && !s.Archived).ToListAsync(cancellationToken);
        var added = new List<(Scene Scene, ParsedScene Parsed)>();
        var kept = 0;
        foreach (var parsed in script.Scenes)
        {
            var match = existing.FirstOrDefault(s => s.Number == parsed.Number && s.Heading == parsed.Heading);
            var scene = match ?? new Scene { ProductionId = productionId, Number = parsed.Number, Heading = parsed.Heading };
            if (match is not null)
            {
                existing.Remove(match);
                kept++;
            }
            else
            {
                db.Scenes.Add(scene);
                added.Add((scene, parsed));
            }

            scene.ScriptDraftId = draft.Id;
            scene.Ordinal = parsed.Ordinal;
            scene.IntExt = parsed.IntExt;
            scene.Location = parsed.Location;
            scene.TimeOfDay = parsed.TimeOfDay;
            scene.Synopsis = parsed.Synopsis;
            scene.Cast = [.. parsed.Cast];
            scene.SourceLine = parsed.SourceLine;
            scene.Sheet = SceneSheet(scene.Sheet, parsed);
        }

        foreach (var gone in existing)
            gone.Archived = true;

        var characters = await db.Characters.Where(c => c.ProductionId == productionId).ToListAsync(cancellationToken);
        foreach (var parsed in script.Characters)
        {
            var character = characters.FirstOrDefault(c => c.Name == parsed.Name);
            if (character is null)
            {
                character = new Character { ProductionId = productionId, Name = parsed.Name };
                db.Characters.Add(character);
                characters.Add(character);
            }

            character.DialogueCount = parsed.DialogueCount;
        }

        await db.SaveChangesAsync(cancellationToken);
        if (bibles is not null)
            await ApplyBiblesAsync(db, productionId, bibles, cancellationToken);
        var shots = ShotPlanningService.AddPlannedShots(db, added);
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return new ImportResult(
            productionId, productionName, draft.Id, draftNumber, false, script.Scenes.Count, characters.Count,
            added.Count, kept, existing.Count, shots);
    }

    private static ControlSheet SceneSheet(ControlSheet sheet, ParsedScene parsed)
    {
        // Values the script decides, unless a person locked them on the scene.
        if (!string.IsNullOrEmpty(parsed.TimeOfDay) && sheet.Knobs.GetValueOrDefault(KnobNames.TimeOfDay)?.Locked != true)
            sheet = sheet.Set(KnobNames.TimeOfDay, parsed.TimeOfDay);
        if (!string.IsNullOrEmpty(parsed.Location) && sheet.Knobs.GetValueOrDefault(KnobNames.Location)?.Locked != true)
            sheet = sheet.Set(KnobNames.Location, $"{parsed.IntExt} {parsed.Location}".Trim());
        return sheet;
    }

    private static async Task ApplyBiblesAsync(
        BacklotDbContext db, Guid productionId, IReadOnlyDictionary<string, CharacterBible> bibles, CancellationToken cancellationToken)
    {
        var characters = await db.Characters.Where(c => c.ProductionId == productionId).ToListAsync(cancellationToken);
        foreach (var (name, bible) in bibles)
        {
            var character = characters.FirstOrDefault(c => c.Name == name);
            if (character is null)
            {
                character = new Character { ProductionId = productionId, Name = name };
                db.Characters.Add(character);
            }

            character.Bible = bible;
        }
    }
}
