using Backlot.Data;
using Backlot.Studio.Auth;
using Microsoft.EntityFrameworkCore;

namespace Backlot.Studio;

/// <summary>Brings the database up to date once per process, before any use case touches it.</summary>
public sealed class StudioDatabase(IDbContextFactory<BacklotDbContext> contexts) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _ready;

    public async Task EnsureReadyAsync(CancellationToken cancellationToken = default)
    {
        if (_ready)
            return;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_ready)
                return;
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await DatabaseMigrator.MigrateAsync(db, cancellationToken);
            _ready = true;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// A context for work on one production, once the database is ready: the production must exist and the caller
    /// may see it, else it is not found (the same answer either way, so a token learns nothing about others).
    /// </summary>
    public async Task<BacklotDbContext> OpenProductionAsync(AccessScope scope, Guid productionId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await EnsureReadyAsync(cancellationToken);
        var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!scope.CanSee(productionId) || !await db.Productions.AnyAsync(p => p.Id == productionId, cancellationToken))
        {
            await db.DisposeAsync();
            throw StudioException.NotFound($"production {productionId}");
        }

        return db;
    }

    public void Dispose() => _gate.Dispose();
}
