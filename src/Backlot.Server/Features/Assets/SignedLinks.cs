using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Backlot.Studio;

namespace Backlot.Server.Features.Assets;

/// <summary>
/// Download links that need no sign-in but expire: <c>?expires=UNIX&amp;by=WHO&amp;sig=HMAC</c>, where the HMAC-SHA256 is
/// over the path, the expiry and who minted it, under a secret kept in the data folder (<c>link-secret</c>, owner-only,
/// made on first use). A changed path, expiry or name, or a link past its time, is refused.
/// </summary>
internal sealed class SignedLinks
{
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(1);
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(7);
    private const int SecretLength = 32;

    private readonly Lazy<byte[]> _secret;
    private readonly TimeProvider _clock;

    public SignedLinks(StudioOptions options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        _clock = clock;
        _secret = new Lazy<byte[]>(() => LoadOrCreate(Path.Combine(options.DataDirectory, "link-secret")), LazyThreadSafetyMode.PublicationOnly);
    }

    /// <summary>A path with its query: the link to <paramref name="path"/>, good until <paramref name="lifetime"/> from now.</summary>
    public (string Url, DateTimeOffset Expires) Mint(string path, string mintedBy, TimeSpan lifetime)
    {
        if (lifetime <= TimeSpan.Zero || lifetime > MaxLifetime)
            throw new StudioException(StudioErrorKind.Invalid, $"a link lives from 1 minute to {MaxLifetime.TotalDays:0} days");
        var expires = _clock.GetUtcNow().Add(lifetime);
        var unix = expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var url = $"{path}?expires={unix}&by={Uri.EscapeDataString(mintedBy)}&sig={Signature(path, unix, mintedBy)}";
        return (url, DateTimeOffset.FromUnixTimeSeconds(long.Parse(unix, CultureInfo.InvariantCulture)));
    }

    /// <summary>Who minted the link, when <paramref name="request"/> carries a valid, unexpired signature for its path; else null.</summary>
    public string? Check(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var expires = request.Query["expires"].ToString();
        var by = request.Query["by"].ToString();
        var sig = request.Query["sig"].ToString();
        if (expires.Length == 0 || sig.Length == 0 || !long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var unix))
            return null;
        if (_clock.GetUtcNow().ToUnixTimeSeconds() > unix)
            return null;
        var expected = Encoding.ASCII.GetBytes(Signature(request.Path.Value ?? "", expires, by));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(sig)) ? by : null;
    }

    private string Signature(string path, string expires, string by)
    {
        var message = Encoding.UTF8.GetBytes($"GET\n{path}\n{expires}\n{by}");
        return Base64Url(HMACSHA256.HashData(_secret.Value, message));
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    // Written whole to a temporary file and moved into place, so a second process never reads half a secret.
    private static byte[] LoadOrCreate(string path)
    {
        if (File.Exists(path))
            return Read(path);
        var secret = RandomNumberGenerator.GetBytes(SecretLength);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var stream = new FileStream(temporary, options))
            stream.Write(Encoding.ASCII.GetBytes(Convert.ToBase64String(secret)));
        try
        {
            File.Move(temporary, path, overwrite: false);
            return secret;
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
            return Read(path); // another process made it first
        }
    }

    private static byte[] Read(string path)
    {
        var bytes = Convert.FromBase64String(File.ReadAllText(path).Trim());
        return bytes.Length >= SecretLength
            ? bytes
            : throw new StudioException(StudioErrorKind.Invalid, $"{path} must hold at least {SecretLength} random bytes in base64");
    }
}
