using Backlot.Provenance.Keys;
using Backlot.Studio.Audit;
using Backlot.Studio.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Backlot.Studio.Tests.Audit;

/// <summary>A studio whose master key comes from a value the test holds, never from the machine's environment or home folder.</summary>
internal static class AuditStudio
{
    public static StudioHarness Create(MasterKey masterKey, int checkpointEvery = 100) =>
        StudioHarness.Create(services =>
        {
            services.AddSingleton(new AuditOptions { CheckpointEvery = checkpointEvery });
            services.AddSingleton(sp => new MasterKeyProvider(
                sp.GetRequiredService<StudioOptions>(),
                NullLogger<MasterKeyProvider>.Instance,
                name => name == MasterKeyResolver.KeyVariable ? masterKey.ToBase64() : null));
        });
}
