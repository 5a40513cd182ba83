using Microsoft.EntityFrameworkCore;

namespace Backlot.Data;

/// <summary>The <see cref="IDbContextFactory{TContext}"/> the container hands out; options are built once.</summary>
internal sealed class SettingsDbContextFactory(DatabaseSettings settings) : IDbContextFactory<BacklotDbContext>
{
    private readonly DbContextOptions _options = BacklotDbContextFactory.BuildOptions(settings);

    public BacklotDbContext CreateDbContext() => BacklotDbContextFactory.Create(settings, _options);
}
