using Backlot.Data;
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

    public void Dispose() => _gate.Dispose();
}
