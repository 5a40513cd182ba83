using System.Security.Cryptography;

namespace Backlot.Provenance.Keys;

/// <summary>Short public names for keys, so a stored blob or a signature says which key it needs without showing it.</summary>
public static class KeyIds
{
    /// <summary>The first 16 hex digits of SHA-256 over the public key (SubjectPublicKeyInfo).</summary>
    public static string Of(AsymmetricAlgorithm key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return OfPublicKey(key.ExportSubjectPublicKeyInfo());
    }

    public static string OfPublicKey(ReadOnlySpan<byte> subjectPublicKeyInfo) =>
        Convert.ToHexStringLower(SHA256.HashData(subjectPublicKeyInfo))[..16];

    /// <summary>The first 16 hex digits of SHA-256 over a label and the secret: names a master key, reveals nothing of it.</summary>
    internal static string OfSecret(ReadOnlySpan<byte> secret)
    {
        var label = "backlot.master-key.id:"u8;
        var input = new byte[label.Length + secret.Length];
        label.CopyTo(input);
        secret.CopyTo(input.AsSpan(label.Length));
        var id = Convert.ToHexStringLower(SHA256.HashData(input))[..16];
        CryptographicOperations.ZeroMemory(input);
        return id;
    }
}
