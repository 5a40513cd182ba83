using Backlot.Data.Auth;
using Backlot.Data.Model;
using Backlot.Domain.Assets;
using Backlot.Domain.Characters;
using Backlot.Domain.Organizations;
using Backlot.Domain.Productions;
using Backlot.Domain.Reviews;
using Backlot.Domain.Scenes;
using Backlot.Domain.Scripts;
using Backlot.Domain.Shots;
using Backlot.Domain.Takes;
using Backlot.Provenance.Audit;
using Backlot.Provenance.Keys;
using Microsoft.EntityFrameworkCore;

namespace Backlot.Data;

/// <summary>
/// The model, shared by every provider. Each provider has a subclass with its own migrations
/// (<see cref="SqliteBacklotDbContext"/>, <see cref="PostgresBacklotDbContext"/>); make one with
/// <see cref="BacklotDbContextFactory"/>.
/// </summary>
public class BacklotDbContext : DbContext
{
    protected BacklotDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<Production> Productions => Set<Production>();

    public DbSet<ScriptDraft> ScriptDrafts => Set<ScriptDraft>();

    public DbSet<Scene> Scenes => Set<Scene>();

    public DbSet<Character> Characters => Set<Character>();

    public DbSet<Shot> Shots => Set<Shot>();

    public DbSet<Take> Takes => Set<Take>();

    public DbSet<Asset> Assets => Set<Asset>();

    public DbSet<Review> Reviews => Set<Review>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    /// <summary>Append-only (see the Studio's AuditService); the key (production, sequence) keeps two writers from forking a chain.</summary>
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<AuditCheckpoint> AuditCheckpoints => Set<AuditCheckpoint>();

    /// <summary>Sealed private keys and certificates; never a clear key.</summary>
    public DbSet<ProductionKeyMaterial> ProductionKeys => Set<ProductionKeyMaterial>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<TakeStatus>().HaveConversion<string>();
        configurationBuilder.Properties<ReviewKind>().HaveConversion<string>();
        configurationBuilder.Properties<DraftStatus>().HaveConversion<string>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<Organization>(e =>
        {
            e.HasKey(o => o.Id);
        });

        modelBuilder.Entity<Production>(e =>
        {
            e.HasKey(p => p.Id);
            e.HasIndex(p => p.Slug).IsUnique();
            e.HasIndex(p => p.OrganizationId);
            e.Property(p => p.DataPolicy).HasJsonConversion();
            e.Property(p => p.SigningIdentity).HasJsonConversion();
            e.Property(p => p.Sheet).HasControlSheetConversion();
        });

        modelBuilder.Entity<ScriptDraft>(e =>
        {
            e.HasKey(s => s.Id);
            e.HasIndex(s => new { s.ProductionId, s.DraftNumber });
            e.HasOne<Production>().WithMany().HasForeignKey(s => s.ProductionId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Scene>(e =>
        {
            e.HasKey(s => s.Id);
            e.HasIndex(s => new { s.ProductionId, s.Ordinal });
            e.HasOne<Production>().WithMany().HasForeignKey(s => s.ProductionId).OnDelete(DeleteBehavior.Cascade);
            e.Property(s => s.Cast).HasJsonConversion();
            e.Property(s => s.Sheet).HasControlSheetConversion();
            e.Property(s => s.TextHash).HasMaxLength(64);
            e.Property(s => s.DraftStatus).HasMaxLength(16);
        });

        modelBuilder.Entity<Character>(e =>
        {
            e.HasKey(c => c.Id);
            e.HasIndex(c => new { c.ProductionId, c.Name });
            e.HasOne<Production>().WithMany().HasForeignKey(c => c.ProductionId).OnDelete(DeleteBehavior.Cascade);
            e.Property(c => c.Bible).HasJsonConversion();
        });

        modelBuilder.Entity<Shot>(e =>
        {
            e.HasKey(s => s.Id);
            e.HasIndex(s => new { s.SceneId, s.Ordinal });
            e.HasIndex(s => s.ProductionId);
            e.HasOne<Scene>().WithMany().HasForeignKey(s => s.SceneId).OnDelete(DeleteBehavior.Cascade);
            e.Property(s => s.Characters).HasJsonConversion();
            e.Property(s => s.Sheet).HasControlSheetConversion();
            e.Ignore(s => s.Size);
        });

        modelBuilder.Entity<Take>(e =>
        {
            e.HasKey(t => t.Id);
            e.HasIndex(t => new { t.ShotId, t.Number }).IsUnique();
            e.HasIndex(t => t.Status);
            e.HasIndex(t => t.ProductionId);
            e.HasOne<Shot>().WithMany().HasForeignKey(t => t.ShotId).OnDelete(DeleteBehavior.Cascade);
            e.Property(t => t.Outputs).HasJsonConversion();
            e.Ignore(t => t.IsFinished);
        });

        modelBuilder.Entity<Asset>(e =>
        {
            // Content-addressed and shared: no foreign keys, an asset outlives whatever made it.
            e.HasKey(a => a.Sha256);
            e.HasIndex(a => a.ProductionId);
            e.HasIndex(a => a.SourceTakeId);
            e.Property(a => a.Parents).HasJsonConversion();
        });

        modelBuilder.Entity<Review>(e =>
        {
            e.HasKey(r => r.Id);
            e.HasIndex(r => r.TakeId);
            e.HasIndex(r => r.ShotId);
            e.HasOne<Take>().WithMany().HasForeignKey(r => r.TakeId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ApiToken>(e =>
        {
            e.HasKey(t => t.Id);
            e.HasIndex(t => t.TokenHash).IsUnique();
            e.Property(t => t.ProductionIds).HasJsonConversion();
            e.Ignore(t => t.IsAdmin);
        });

        // An audit trail outlives nothing it describes: no cascade from productions.
        modelBuilder.Entity<AuditEntry>(e =>
        {
            e.HasKey(a => new { a.ProductionId, a.Sequence });
            e.HasOne<Production>().WithMany().HasForeignKey(a => a.ProductionId).OnDelete(DeleteBehavior.Restrict);
            e.Property(a => a.Actor).HasMaxLength(AuditEvent.MaxTextLength);
            e.Property(a => a.Action).HasMaxLength(AuditEvent.MaxTextLength);
            e.Property(a => a.EngineId).HasMaxLength(AuditEvent.MaxTextLength);
            e.Property(a => a.SubjectIds).HasJsonConversion();
            e.Property(a => a.AssetSha256s).HasJsonConversion();
            e.Property(a => a.PreviousHash).HasMaxLength(64);
            e.Property(a => a.Hash).HasMaxLength(64);
            e.HasIndex(a => a.Action);
        });

        modelBuilder.Entity<AuditCheckpoint>(e =>
        {
            e.HasKey(c => new { c.ProductionId, c.Sequence });
            e.HasOne<Production>().WithMany().HasForeignKey(c => c.ProductionId).OnDelete(DeleteBehavior.Restrict);
            e.Property(c => c.HeadHash).HasMaxLength(64);
            e.Property(c => c.KeyId).HasMaxLength(16);
        });

        modelBuilder.Entity<ProductionKeyMaterial>(e =>
        {
            e.HasKey(k => k.Id);
            e.HasIndex(k => new { k.ProductionId, k.KeyId }).IsUnique();
            e.HasOne<Production>().WithMany().HasForeignKey(k => k.ProductionId).OnDelete(DeleteBehavior.Restrict);
            e.Property(k => k.KeyId).HasMaxLength(16);
        });
    }
}
