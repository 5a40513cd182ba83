using System.Security.Cryptography;
using System.Text;

namespace Backlot.Provenance.Watermark;

/// <summary>
/// The secret that shapes a studio's watermark: the spread-spectrum chips, the sync pattern and the
/// CRC mask all come from HMAC-SHA256(secret, "backlot/watermark/v1"). Without the key the pattern
/// cannot be found, read or forged; two keys' marks are independent.
/// </summary>
public sealed class WatermarkKey
{
    /// <summary>Shortest studio secret accepted, in bytes.</summary>
    public const int MinSecretLength = 16;

    private static readonly byte[] Label = Encoding.ASCII.GetBytes("backlot/watermark/v1");
    private readonly Lazy<WatermarkPattern> _pattern;

    private WatermarkKey(byte[] seed)
    {
        Seed = seed;
        _pattern = new Lazy<WatermarkPattern>(() => new WatermarkPattern(Seed), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Derives the key from a studio secret (at least <see cref="MinSecretLength"/> bytes).</summary>
    public static WatermarkKey FromSecret(ReadOnlySpan<byte> secret)
    {
        if (secret.Length < MinSecretLength)
            throw new ArgumentException($"a watermark secret needs at least {MinSecretLength} bytes, got {secret.Length}", nameof(secret));
        return new WatermarkKey(HMACSHA256.HashData(secret, Label));
    }

    /// <summary>A short public fingerprint of the key (first 8 hex digits of SHA-256 of the seed), for logs.</summary>
    public string Fingerprint => Convert.ToHexStringLower(SHA256.HashData(Seed))[..8];

    internal byte[] Seed { get; }

    internal WatermarkPattern Pattern => _pattern.Value;
}
