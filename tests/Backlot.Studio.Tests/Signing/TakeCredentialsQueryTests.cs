using Backlot.Domain.Assets;
using Backlot.Data.Blobs;
using Backlot.Imaging;
using Backlot.Imaging.Formats.Png;
using Backlot.Provenance.Audit;
using Backlot.Provenance.C2pa;
using Backlot.Studio.Audit;
using Backlot.Studio.Auth;
using Backlot.Studio.Exports;
using Backlot.Studio.Renders;
using Backlot.Studio.Signing;
using Backlot.Studio.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Backlot.Studio.Tests.Signing;

public sealed class TakeCredentialsQueryTests
{
    private static CancellationToken Ct => StudioHarness.Ct;

    [Fact]
    public async Task CompletedTake_IsTrustedUnderTheProductionRoot_WithSignerActionAndTakeAssertion()
    {
        await using var studio = StudioHarness.Create();
        var (production, take) = await RenderOneAsync(studio, "1A");

        var view = await studio.Get<TakeCredentialsQuery>().TakeCredentialsAsync(AccessScope.Local, take, Ct);

        var c = Assert.IsType<FrameCredentialsView>(view.Credentials);
        Assert.Equal("Trusted", c.State);
        Assert.Empty(c.Failures);
        var identity = await studio.Get<SigningIdentityService>().EnsureAsync(production, Ct);
        Assert.Equal(identity.Subject, c.SignerSubject);
        Assert.Equal(identity.Issuer, c.SignerIssuer);
        Assert.Equal("1A_t1.png", c.FileName);
        var created = Assert.Single(c.Actions);
        Assert.Equal(C2paActionNames.Created, created.Action);
        Assert.Equal("Created", created.Label);
        Assert.Equal(DigitalSourceType.AlgorithmicMedia.ToUri(), created.SourceTypeUri);
        Assert.StartsWith("Algorithmic media", created.SourceType, StringComparison.Ordinal);
        Assert.Equal("1A", c.Take!.Shot);
        Assert.Equal(1, c.Take.Take);
        Assert.Equal("previs", c.Take.EngineId);
    }

    [Fact]
    public async Task CompletedTake_RefusesEveryTrainingAndMiningUse()
    {
        await using var studio = StudioHarness.Create();
        var (_, take) = await RenderOneAsync(studio, "1A");

        var view = await studio.Get<TakeCredentialsQuery>().TakeCredentialsAsync(AccessScope.Local, take, Ct);

        var entries = view.Credentials!.TrainingMining;
        Assert.Equal(["cawg.ai_generative_training", "cawg.ai_inference", "cawg.ai_training", "cawg.data_mining"], entries.Select(e => e.Entry).Order(StringComparer.Ordinal));
        Assert.All(entries, e => Assert.Equal("notAllowed", e.Use));
        Assert.All(entries, e => Assert.False(e.Allowed));
        Assert.Contains(entries, e => e.Label == "AI training");
    }

    [Fact]
    public async Task CharacterReference_IsAnIngredientNamedByItsHash()
    {
        await using var studio = StudioHarness.Create();
        var import = await studio.ImportSmallSampleAsync();
        string code;
        string reference;
        await using (var db = await studio.OpenDbAsync())
        {
            var shots = await db.Shots.AsNoTracking().Where(s => s.ProductionId == import.ProductionId).ToListAsync(Ct);
            var shot = shots.Where(s => s.Characters.Count > 0).OrderBy(s => s.Code, StringComparer.Ordinal).First();
            code = shot.Code;
            var blob = await studio.Get<IBlobStore>().PutAsync(PngEncoder.Encode(new RgbaImage(8, 8)), Ct);
            reference = blob.Sha256;
            db.Assets.Add(new Asset { Sha256 = reference, MediaType = "image/png", Size = blob.Size, ProductionId = import.ProductionId });
            var character = await db.Characters.SingleAsync(c => c.ProductionId == import.ProductionId && c.Name == shot.Characters[0], Ct);
            character.Bible = character.Bible with { IdentityReferences = [reference] };
            await db.SaveChangesAsync(Ct);
        }

        var (plan, _) = await studio.RenderAsync(new RenderSelection(import.ProductionId.ToString(), Shot: code));
        var view = await studio.Get<TakeCredentialsQuery>().TakeCredentialsAsync(AccessScope.Local, plan.Takes[0].TakeId, Ct);

        var ingredient = Assert.Single(view.Credentials!.Ingredients);
        Assert.Equal(reference, ingredient.Sha256);
        Assert.Equal("inputTo", ingredient.Relationship);
        Assert.EndsWith("-reference-1.png", ingredient.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditTrail_HoldsWhatLeftOfThisTake_NewestFirst_AndNothingOfOthers()
    {
        await using var studio = StudioHarness.Create();
        var (production, take) = await RenderOneAsync(studio, "1A");
        var (plan, _) = await studio.RenderAsync(new RenderSelection(production.ToString(), Shot: "1B"));
        var exporter = studio.Get<FrameExporter>();
        var editor = new AccessScope("editor", true, []);
        var frame = await exporter.ExportTakeAsync(editor, take, FrameFileFormat.Png, Ct);
        await exporter.ExportTakeAsync(editor, plan.Takes[0].TakeId, FrameFileFormat.Png, Ct);
        await exporter.RecordAsync("signed link from editor", AuditActions.Download, frame with { TakeId = null, ShotId = null }, new { path = "/api/assets/x/content", via = "signed link" }, Ct);

        var view = await studio.Get<TakeCredentialsQuery>().TakeCredentialsAsync(AccessScope.Local, take, Ct);

        Assert.Equal([AuditActions.Download, AuditActions.ExportFrame], view.Audit.Select(a => a.Action));
        Assert.Equal("downloaded through a signed link", view.Audit[0].Summary);
        Assert.Equal("exported as PNG (1A_t1.png)", view.Audit[1].Summary);
        Assert.Equal("editor", view.Audit[1].Actor);
        Assert.True(view.Audit[0].Sequence > view.Audit[1].Sequence);
    }

    [Fact]
    public async Task Showing_TheCredentials_RecordsNothing()
    {
        await using var studio = StudioHarness.Create();
        var (production, take) = await RenderOneAsync(studio, "1A");
        var query = studio.Get<TakeCredentialsQuery>();

        await query.TakeCredentialsAsync(AccessScope.Local, take, Ct);
        var again = await query.TakeCredentialsAsync(AccessScope.Local, take, Ct);

        Assert.Empty(again.Audit);
        Assert.Empty(await studio.Get<AuditService>().ListAsync(production, cancellationToken: Ct));
    }

    [Fact]
    public async Task QueuedTake_HasNoCredentials_AndSaysWhy()
    {
        await using var studio = StudioHarness.Create();
        var import = await studio.ImportSmallSampleAsync();
        var plan = await studio.Get<TakeScheduler>().QueueAsync(new RenderSelection(import.ProductionId.ToString(), Shot: "1A"), Ct);

        var view = await studio.Get<TakeCredentialsQuery>().TakeCredentialsAsync(AccessScope.Local, plan.Takes[0].TakeId, Ct);

        Assert.Null(view.Credentials);
        Assert.Equal("take 1 of shot 1A has no frame to sign (it is Queued)", view.Note);
    }

    [Fact]
    public async Task Take_OfAProductionTheCallerCannotSee_IsNotFound()
    {
        await using var studio = StudioHarness.Create();
        var (_, take) = await RenderOneAsync(studio, "1A");
        var stranger = new AccessScope("stranger", false, [Guid.NewGuid()]);

        var e = await Assert.ThrowsAsync<StudioException>(() => studio.Get<TakeCredentialsQuery>().TakeCredentialsAsync(stranger, take, Ct));

        Assert.Equal(StudioErrorKind.NotFound, e.Kind);
    }

    private static async Task<(Guid Production, Guid Take)> RenderOneAsync(StudioHarness studio, string shot)
    {
        var import = await studio.ImportSmallSampleAsync();
        var (plan, states) = await studio.RenderAsync(new RenderSelection(import.ProductionId.ToString(), Shot: shot));
        Assert.All(states, s => Assert.Equal(Domain.Takes.TakeStatus.Completed, s.Status));
        return (import.ProductionId, plan.Takes[0].TakeId);
    }
}
