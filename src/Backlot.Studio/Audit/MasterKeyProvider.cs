using Backlot.Provenance;
using Backlot.Provenance.Keys;
using Microsoft.Extensions.Logging;

namespace Backlot.Studio.Audit;

/// <summary>
/// The master key, found once per process when first needed (BACKLOT_MASTER_KEY, BACKLOT_MASTER_KEY_FILE or the
/// per-user key file, see <see cref="MasterKeyResolver"/>). Logs where it came from, never the key.
/// </summary>
public sealed class MasterKeyProvider : IDisposable
{
    private readonly Lazy<MasterKey> _key;

    public MasterKeyProvider(StudioOptions options, ILogger<MasterKeyProvider> log, Func<string, string?>? environment = null, string? defaultKeyFile = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        _key = new Lazy<MasterKey>(() =>
        {
            try
            {
                var source = MasterKeyResolver.Resolve(options.DataDirectory, environment ?? Environment.GetEnvironmentVariable, defaultKeyFile);
                if (source.Created)
                    log.LogWarning("Created a master key for production signing keys at {Path}: back it up; without it the keys cannot be opened", source.Origin);
                else
                    log.LogInformation("Master key {KeyId} from {Origin}", source.Key.Id, source.Origin);
                return source.Key;
            }
            catch (ProvenanceException e)
            {
                throw new StudioException(StudioErrorKind.Invalid, e.Message, e);
            }
        });
    }

    public MasterKey Key => _key.Value;

    public void Dispose()
    {
        if (_key.IsValueCreated)
            _key.Value.Dispose();
    }
}
