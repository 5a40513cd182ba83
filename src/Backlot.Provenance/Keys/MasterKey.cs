using System.Security.Cryptography;

namespace Backlot.Provenance.Keys;

/// <summary>The 256-bit key that protects production private keys at rest. Never stored in the database.</summary>
public sealed class MasterKey : IDisposable
{
    public const int Length = 32;

    private readonly byte[] _bytes;

    public MasterKey(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Length)
            throw new ProvenanceException($"a master key is {Length} bytes; this one is {bytes.Length}");
        _bytes = bytes.ToArray();
        Id = KeyIds.OfSecret(_bytes);
    }

    /// <summary>Names the key (a hash of it) so a sealed blob can say which master key it needs.</summary>
    public string Id { get; }

    public static MasterKey Generate() => new(RandomNumberGenerator.GetBytes(Length));

    /// <summary>Reads the base64 form (as in BACKLOT_MASTER_KEY or a key file); <paramref name="where"/> names the source in errors.</summary>
    public static MasterKey FromBase64(string text, string where)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffer = new byte[Length + 3];
        try
        {
            if (!Convert.TryFromBase64String(text.Trim(), buffer, out var written) || written != Length)
                throw new ProvenanceException($"{where} must hold {Length} bytes in base64 (44 characters, e.g. from 'openssl rand -base64 32')");
            return new MasterKey(buffer.AsSpan(0, Length));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(buffer);
        }
    }

    public string ToBase64() => Convert.ToBase64String(_bytes);

    internal ReadOnlySpan<byte> Bytes => _bytes;

    /// <summary>A separate 256-bit secret for one purpose ("watermark/v1"), derived with HKDF-SHA256; the master key itself never leaves.</summary>
    public byte[] Derive(string purpose)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        return HKDF.DeriveKey(HashAlgorithmName.SHA256, _bytes, Length, salt: [], info: System.Text.Encoding.UTF8.GetBytes("backlot/" + purpose));
    }

    public void Dispose() => CryptographicOperations.ZeroMemory(_bytes);
}
