using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Backlot.Provenance.Keys;

/// <summary>
/// A private key (PKCS#8) encrypted with AES-256-GCM under a <see cref="MasterKey"/>. Stored form:
/// <c>"BLKY" ‖ version (1) ‖ master key id (16 ASCII hex) ‖ nonce (12) ‖ tag (16) ‖ ciphertext</c>.
/// The header and the caller's context (the production id) are authenticated, so a blob cannot be moved to another production.
/// </summary>
public static class SealedKey
{
    public const byte Version = 1;
    private const int NonceLength = 12;
    private const int TagLength = 16;
    private const int IdLength = 16;
    private static ReadOnlySpan<byte> Magic => "BLKY"u8;
    private static int HeaderLength => Magic.Length + 1 + IdLength;

    public static byte[] Seal(MasterKey masterKey, ReadOnlySpan<byte> pkcs8, string context)
    {
        ArgumentNullException.ThrowIfNull(masterKey);
        ArgumentNullException.ThrowIfNull(context);
        var sealedKey = new byte[HeaderLength + NonceLength + TagLength + pkcs8.Length];
        var span = sealedKey.AsSpan();
        Magic.CopyTo(span);
        span[Magic.Length] = Version;
        Encoding.ASCII.GetBytes(masterKey.Id, span.Slice(Magic.Length + 1, IdLength));
        var nonce = span.Slice(HeaderLength, NonceLength);
        RandomNumberGenerator.Fill(nonce);
        var tag = span.Slice(HeaderLength + NonceLength, TagLength);
        var cipher = span[(HeaderLength + NonceLength + TagLength)..];
        using var aes = new AesGcm(masterKey.Bytes, TagLength);
        aes.Encrypt(nonce, pkcs8, cipher, tag, AssociatedData(span[..HeaderLength], context));
        return sealedKey;
    }

    /// <summary>The master key id a sealed blob needs, or null when the bytes are not a sealed key.</summary>
    public static string? MasterKeyIdOf(ReadOnlySpan<byte> sealedKey) =>
        sealedKey.Length >= HeaderLength + NonceLength + TagLength && sealedKey[..Magic.Length].SequenceEqual(Magic)
            ? Encoding.ASCII.GetString(sealedKey.Slice(Magic.Length + 1, IdLength))
            : null;

    /// <summary>The PKCS#8 bytes; the caller clears them when done. Throws <see cref="ProvenanceException"/> for a wrong key or damaged blob.</summary>
    public static byte[] Open(MasterKey masterKey, ReadOnlySpan<byte> sealedKey, string context)
    {
        ArgumentNullException.ThrowIfNull(masterKey);
        ArgumentNullException.ThrowIfNull(context);
        var keyId = MasterKeyIdOf(sealedKey)
            ?? throw new ProvenanceException("the stored private key is not a sealed Backlot key (bad header or cut short)");
        if (sealedKey[Magic.Length] != Version)
            throw new ProvenanceException($"the stored private key is sealed with format version {sealedKey[Magic.Length]}; this Backlot reads version {Version}");
        if (keyId != masterKey.Id)
        {
            throw new ProvenanceException(
                $"the stored private key was sealed with master key {keyId}, but the master key in use is {masterKey.Id}: " +
                "set BACKLOT_MASTER_KEY or BACKLOT_MASTER_KEY_FILE to the key it was sealed with");
        }

        var nonce = sealedKey.Slice(HeaderLength, NonceLength);
        var tag = sealedKey.Slice(HeaderLength + NonceLength, TagLength);
        var cipher = sealedKey[(HeaderLength + NonceLength + TagLength)..];
        var plain = new byte[cipher.Length];
        try
        {
            using var aes = new AesGcm(masterKey.Bytes, TagLength);
            aes.Decrypt(nonce, cipher, tag, plain, AssociatedData(sealedKey[..HeaderLength], context));
            return plain;
        }
        catch (AuthenticationTagMismatchException e)
        {
            throw new ProvenanceException(
                $"the stored private key does not decrypt with master key {masterKey.Id}: it was changed, or it belongs to another production", e);
        }
    }

    private static byte[] AssociatedData(ReadOnlySpan<byte> header, string context)
    {
        var contextBytes = Encoding.UTF8.GetBytes(context);
        var data = new byte[header.Length + 4 + contextBytes.Length];
        header.CopyTo(data);
        BinaryPrimitives.WriteInt32BigEndian(data.AsSpan(header.Length), contextBytes.Length);
        contextBytes.CopyTo(data.AsSpan(header.Length + 4));
        return data;
    }
}
