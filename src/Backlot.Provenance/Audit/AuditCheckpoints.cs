using System.Security.Cryptography;
using Backlot.Provenance.Keys;

namespace Backlot.Provenance.Audit;

/// <summary>Signs and checks checkpoints: ECDSA P-256 with SHA-256 over the canonical checkpoint, signature as raw r‖s.</summary>
public static class AuditCheckpoints
{
    public const DSASignatureFormat SignatureFormat = DSASignatureFormat.IeeeP1363FixedFieldConcatenation;

    /// <summary>Signs "entry <paramref name="head"/> is the head" with the production's private key.</summary>
    public static AuditCheckpoint Sign(AuditEntry head, DateTimeOffset time, ECDsa productionKey)
    {
        ArgumentNullException.ThrowIfNull(head);
        ArgumentNullException.ThrowIfNull(productionKey);
        if (productionKey.KeySize != 256)
            throw new ProvenanceException($"audit checkpoints are signed with ECDSA P-256; this key has {productionKey.KeySize} bits");
        if (!AuditChain.TryDecodeHash(head.Hash, out var headHash))
            throw new ProvenanceException($"audit entry {head.Sequence} has no valid hash to sign");

        var keyId = KeyIds.Of(productionKey);
        time = AuditChain.TruncateToMicroseconds(time);
        var payload = AuditCanonicalForm.Checkpoint(head.ProductionId, head.Sequence, headHash, time, keyId);
        return new AuditCheckpoint
        {
            ProductionId = head.ProductionId,
            Sequence = head.Sequence,
            HeadHash = head.Hash,
            Time = time,
            KeyId = keyId,
            Signature = productionKey.SignData(payload, HashAlgorithmName.SHA256, SignatureFormat),
        };
    }

    /// <summary>True when <paramref name="publicKey"/> signed exactly these checkpoint fields.</summary>
    public static bool HasValidSignature(AuditCheckpoint checkpoint, ECDsa publicKey)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        ArgumentNullException.ThrowIfNull(publicKey);
        if (!AuditChain.TryDecodeHash(checkpoint.HeadHash, out var headHash) || checkpoint.Signature is not { Length: 64 } signature)
            return false;
        var payload = AuditCanonicalForm.Checkpoint(checkpoint.ProductionId, checkpoint.Sequence, headHash, checkpoint.Time, checkpoint.KeyId ?? "");
        return publicKey.VerifyData(payload, signature, HashAlgorithmName.SHA256, SignatureFormat);
    }
}
