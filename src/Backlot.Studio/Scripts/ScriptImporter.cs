using System.Security.Cryptography;
using Backlot.Data;
using Backlot.Data.Blobs;
using Backlot.Domain.Assets;
using Backlot.Domain.Characters;
using Backlot.Domain.Scenes;
using Backlot.Domain.Scripts;
using Backlot.Domain.Sheets;
using Backlot.Screenplay;
using Backlot.Screenplay.ShotPlanning;
using Backlot.Studio.Productions;
using Backlot.Studio.Shots;
using Microsoft.EntityFrameworkCore;

namespace Backlot.Studio.Scripts;

/// <summary>
/// Imports a screenplay draft into a production: scenes, characters and a first shot plan, all in one
/// transaction, so a failed import leaves the production as it was. Re-importing the same bytes changes
/// nothing. A new draft is matched scene by scene with the production's active scenes (<see cref="SceneMatcher"/>):
/// a matched scene keeps its id, shots and takes and is marked Unchanged or Changed (then its shots are re-planned,
/// leaving edited, locked and rendered shots alone); a new scene is planned; a scene gone from the draft is archived,
/// never deleted.
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

    private async Task<ImportResult> WriteDraftAsync(
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

        var existing = await db.Scenes.Where(s => s.ProductionId == productionId && !s.Archived)
            .OrderBy(s => s.Ordinal).ToListAsync(cancellationToken);
        await FillMissingTextsAsync(db, existing, cancellationToken);
        var fresh = script.Scenes
            .Select(p => (Parsed: p, Text: SceneText.Of(p)))
            .Select(f => (f.Parsed, f.Text, Hash: SceneText.Hash(f.Parsed.Heading, f.Text)))
            .ToList();
        var carriesNumbers = SceneText.CarriesNumbers(script.Scenes);
        var match = SceneMatcher.Match(
            [.. existing.Select(s => new SceneMatcher.Entry(s.Number, s.Heading, s.Text, s.TextHash))],
            [.. fresh.Select(f => new SceneMatcher.Entry(f.Parsed.Number, f.Parsed.Heading, f.Text, f.Hash))],
            byNumber: carriesNumbers && existing.Any(s => s.NumberFromScript));
        var numbers = carriesNumbers || existing.Count == 0
            ? [.. script.Scenes.Select(p => p.Number)]
            : SceneNumbering.Assign(
                [.. match.Select(m => m >= 0 ? existing[m].Number : null)],
                await db.Scenes.Where(s => s.ProductionId == productionId).Select(s => s.Number).ToListAsync(cancellationToken));

        var plans = ShotPlanner.PlanScript(script);
        var added = new List<(Scene Scene, ScenePlan Plan)>();
        var changed = new List<(Scene Scene, ScenePlan Plan)>();
        var renumbered = new Dictionary<Guid, (string Old, string New)>();
        for (var i = 0; i < fresh.Count; i++)
        {
            var (parsed, text, hash) = fresh[i];
            var scene = match[i] >= 0 ? existing[match[i]] : null;
            if (scene is null)
            {
                scene = new Scene { ProductionId = productionId, Number = numbers[i], Heading = parsed.Heading, DraftStatus = DraftStatus.New, ChangedInDraft = draftNumber };
                db.Scenes.Add(scene);
                added.Add((scene, plans[i]));
            }
            else if (scene.TextHash == hash)
            {
                scene.DraftStatus = DraftStatus.Unchanged;
            }
            else
            {
                scene.DraftStatus = DraftStatus.Changed;
                scene.ChangedInDraft = draftNumber;
                changed.Add((scene, plans[i]));
            }

            if (scene.Number != numbers[i])
                renumbered[scene.Id] = (scene.Number, numbers[i]);
            scene.Number = numbers[i];
            scene.NumberFromScript = carriesNumbers;
            scene.Heading = parsed.Heading;
            scene.Text = text;
            scene.TextHash = hash;
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

        var matched = match.ToHashSet();
        var gone = existing.Where((_, j) => !matched.Contains(j)).ToList();
        foreach (var scene in gone)
            scene.Archived = true;

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
        var replaced = await ReplanAsync(db, changed, renumbered, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return new ImportResult(
            productionId, productionName, draft.Id, draftNumber, false, script.Scenes.Count, characters.Count,
            added.Count, fresh.Count - added.Count, gone.Count, shots + replaced.Added, changed.Count, replaced.Removed);
    }

    /// <summary>
    /// Re-plans the changed scenes (<see cref="ShotPlanningService.Replan"/>); first, the shots of a scene whose number
    /// changed take the new number in their codes ("12B" → "14B"), so codes stay unique among active scenes.
    /// </summary>
    private static async Task<ReplanResult> ReplanAsync(
        BacklotDbContext db,
        IReadOnlyList<(Scene Scene, ScenePlan Plan)> changed,
        IReadOnlyDictionary<Guid, (string Old, string New)> renumbered,
        CancellationToken cancellationToken)
    {
        var sceneIds = changed.Select(c => c.Scene.Id).Concat(renumbered.Keys).Distinct().ToList();
        var shots = await db.Shots.Where(s => sceneIds.Contains(s.SceneId)).ToListAsync(cancellationToken);
        foreach (var shot in shots)
        {
            if (renumbered.TryGetValue(shot.SceneId, out var number) && shot.Code.Length > number.Old.Length
                && shot.Code.StartsWith(number.Old, StringComparison.OrdinalIgnoreCase)
                && !shot.Code.AsSpan(number.Old.Length).ContainsAnyExceptInRange('A', 'Z'))
                shot.Code = number.New + shot.Code[number.Old.Length..];
        }

        var shotIds = shots.Select(s => s.Id).ToList();
        var withTakes = (await db.Takes.Where(t => shotIds.Contains(t.ShotId)).Select(t => t.ShotId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        var total = new ReplanResult(0, 0, 0);
        foreach (var (scene, plan) in changed)
        {
            var result = ShotPlanningService.Replan(db, scene, plan, [.. shots.Where(s => s.SceneId == scene.Id)], withTakes);
            total = new ReplanResult(total.Added + result.Added, total.Removed + result.Removed, total.Kept + result.Kept);
        }

        return total;
    }

    /// <summary>
    /// Scenes imported before texts were kept get theirs from the draft they came from, read again from the blob
    /// store, so they can be compared with the new draft; a scene whose draft cannot be read stays without.
    /// </summary>
    private async Task FillMissingTextsAsync(BacklotDbContext db, List<Scene> scenes, CancellationToken cancellationToken)
    {
        foreach (var group in scenes.Where(s => s.TextHash is null).GroupBy(s => s.ScriptDraftId))
        {
            var draft = await db.ScriptDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.Id == group.Key, cancellationToken);
            if (draft is null)
                continue;
            var source = await blobs.ReadAllBytesAsync(draft.SourceSha256, cancellationToken);
            if (source is null)
                continue;
            ParsedScript script;
            try
            {
                script = ScriptParser.Parse(draft.FileName, source);
            }
            catch (ScriptFormatException)
            {
                continue;
            }

            foreach (var scene in group)
            {
                if (script.Scenes.FirstOrDefault(p => p.Ordinal == scene.Ordinal && p.Heading == scene.Heading) is not { } parsed)
                    continue;
                scene.Text = SceneText.Of(parsed);
                scene.TextHash = SceneText.Hash(parsed.Heading, scene.Text);
                scene.NumberFromScript = SceneText.CarriesNumbers(script.Scenes);
            }
        }
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
