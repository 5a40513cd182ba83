namespace Backlot.Provenance.Keys;

/// <summary>
/// A production's signing identity as stored: the private key sealed under the master key (<see cref="SealedKey"/>),
/// its public key, and the certificates. The clear private key is never stored.
/// </summary>
public sealed class ProductionKeyMaterial
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required Guid ProductionId { get; init; }

    /// <summary><see cref="KeyIds.Of"/> of the key pair; checkpoints name it.</summary>
    public required string KeyId { get; init; }

    /// <summary>PKCS#8 sealed with AES-256-GCM (<see cref="SealedKey"/>); the production id is its context.</summary>
    public required byte[] EncryptedKey { get; init; }

    /// <summary>SubjectPublicKeyInfo (DER): verifying needs no master key.</summary>
    public required byte[] PublicKey { get; init; }

    /// <summary>PEM certificates, leaf first; empty until the production has certificates.</summary>
    public string ChainPem { get; init; } = "";

    /// <summary>The PEM root certificate to trust; empty until the production has certificates.</summary>
    public string RootPem { get; init; } = "";

    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;
}
