using Backlot.Data.Blobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Backlot.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>Registers the database settings, a <see cref="IDbContextFactory{BacklotDbContext}"/> and the file-system blob store.</summary>
    public static IServiceCollection AddBacklotData(this IServiceCollection services, DatabaseSettings settings, string blobDirectory)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentException.ThrowIfNullOrWhiteSpace(blobDirectory);
        services.AddSingleton(settings);
        services.AddSingleton<IDbContextFactory<BacklotDbContext>>(new SettingsDbContextFactory(settings));
        services.AddSingleton<IBlobStore>(_ => new FileSystemBlobStore(blobDirectory));
        return services;
    }
}
