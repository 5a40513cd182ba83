using Backlot.Provenance.TimeStamps;

namespace Backlot.Studio.Signing;

/// <summary>
/// The RFC 3161 time-stamp authority frames are stamped by when they are signed, from <see cref="StudioOptions.TimeStampAuthority"/>
/// (BACKLOT_TSA_URL); null when none is configured, and then frames carry no time-stamp.
/// </summary>
public sealed class TimeStamping : IDisposable
{
    private readonly HttpClient? _http;

    public TimeStamping(StudioOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.TimeStampAuthority is not { } address)
            return;
        _http = new HttpClient();
        Address = address;
        Authority = new Rfc3161TimeStampClient(address, _http);
    }

    public Uri? Address { get; }

    public ITimeStampAuthority? Authority { get; }

    public void Dispose() => _http?.Dispose();
}
