using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Backlot.Studio.Audit;

public static class AuditServiceCollectionExtensions
{
    /// <summary>The audit log and the production key store; the master key is looked for only when a key is sealed or opened.</summary>
    public static IServiceCollection AddBacklotAudit(this IServiceCollection services, StudioOptions options)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new AuditOptions());
        services.TryAddSingleton(sp => new MasterKeyProvider(options, sp.GetRequiredService<ILogger<MasterKeyProvider>>()));
        services.AddSingleton<ProductionKeyStore>();
        services.AddSingleton<AuditService>();
        return services;
    }
}
