using System.Formats.Cbor;
using System.Security.Cryptography;
using System.Security.Cryptography.Cose;
using System.Security.Cryptography.X509Certificates;
using Backlot.Provenance.C2pa.Cbor;

namespace Backlot.Provenance.C2pa.Validation;

/// <summary>Checks the claim's COSE_Sign1: decodes it, takes the signer from x5chain, verifies the detached claim, checks trust.</summary>
internal static class SignatureCheck
{
    private const int MaxChain = 10;
    private static readonly CoseHeaderLabel X5Chain = new(33);

    public sealed record Signer(string? Subject, string? Issuer, string? Algorithm, DateTimeOffset? Time);

    public static Signer Check(ReadOnlySpan<byte> claim, byte[] cose, IReadOnlyList<X509Certificate2>? anchors, List<C2paFailure> failures)
    {
        CoseSign1Message message;
        try
        {
            message = CoseSign1Message.DecodeSign1(cose);
        }
        catch (CryptographicException e)
        {
            failures.Add(new(C2paFailureCodes.SignatureMismatch, $"the claim signature is not a COSE_Sign1 message ({e.Message})"));
            return new Signer(null, null, null, null);
        }
        var algorithm = AlgorithmName(message);
        var time = TimeStamp(message);
        var chain = Chain(message, failures);
        if (chain.Count == 0)
            return new Signer(null, null, algorithm, time);
        var leaf = chain[0];
        var signer = new Signer(leaf.Subject, leaf.Issuer, algorithm, time);
        using var key = (AsymmetricAlgorithm?)leaf.GetECDsaPublicKey() ?? leaf.GetRSAPublicKey();
        if (key is null)
        {
            failures.Add(new(C2paFailureCodes.AlgorithmUnsupported, $"the signer's key ({leaf.PublicKey.Oid.FriendlyName}) is not ECDSA or RSA"));
            return signer;
        }
        try
        {
            if (message.Content is not null || !message.VerifyDetached(key, claim))
                failures.Add(new(C2paFailureCodes.SignatureMismatch, "the claim signature does not match the claim"));
        }
        catch (Exception e) when (e is CryptographicException or InvalidOperationException or ArgumentException)
        {
            failures.Add(new(C2paFailureCodes.AlgorithmUnsupported, $"the claim signature cannot be checked ({e.Message})"));
        }
        var at = time ?? DateTimeOffset.UtcNow;
        if (at < leaf.NotBefore.ToUniversalTime() || at > leaf.NotAfter.ToUniversalTime())
            failures.Add(new(C2paFailureCodes.CredentialExpired, $"the signing certificate is not valid at {at.UtcDateTime:u}"));
        if (anchors is not { Count: > 0 } || !CertificateTrust.IsTrusted(chain, anchors))
            failures.Add(new(C2paFailureCodes.CredentialUntrusted, "the signing certificate does not chain to a trust anchor"));
        return signer;
    }

    private static string? AlgorithmName(CoseSign1Message message)
    {
        if (!message.ProtectedHeaders.TryGetValue(CoseHeaderLabel.Algorithm, out var value))
            return null;
        try
        {
            return value.GetValueAsInt32() switch
            {
                -7 => "ES256", -35 => "ES384", -36 => "ES512", -37 => "PS256", -38 => "PS384", -39 => "PS512", -8 => "Ed25519",
                var other => other.ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static List<X509Certificate2> Chain(CoseSign1Message message, List<C2paFailure> failures)
    {
        if (!message.ProtectedHeaders.TryGetValue(X5Chain, out var value) && !message.UnprotectedHeaders.TryGetValue(X5Chain, out value))
        {
            failures.Add(new(C2paFailureCodes.CredentialInvalid, "the claim signature carries no x5chain"));
            return [];
        }
        var chain = new List<X509Certificate2>();
        try
        {
            var reader = new CborReader(value.EncodedValue, CborConformanceMode.Lax);
            if (reader.PeekState() == CborReaderState.ByteString)
            {
                chain.Add(X509CertificateLoader.LoadCertificate(reader.ReadByteString()));
                return chain;
            }
            var count = reader.ReadStartArray();
            if (count is null or 0 or > MaxChain)
                throw new CborContentException($"x5chain holds {count?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "an indefinite number of"} certificates");
            for (var i = 0; i < count; i++)
                chain.Add(X509CertificateLoader.LoadCertificate(reader.ReadByteString()));
            return chain;
        }
        catch (Exception e) when (e is CborContentException or InvalidOperationException or CryptographicException)
        {
            failures.Add(new(C2paFailureCodes.CredentialInvalid, $"the x5chain is unreadable ({e.Message})"));
            return [];
        }
    }

    /// <summary>The time a sigTst2 token vouches for when it is over this signature and its own signature holds; a v1 sigTst token's time as it says.</summary>
    private static DateTimeOffset? TimeStamp(CoseSign1Message message)
    {
        foreach (var label in new[] { CoseTimeStamp.SigTst2, CoseTimeStamp.SigTst })
        {
            if (!message.UnprotectedHeaders.TryGetValue(label, out var value))
                continue;
            var container = CborTree.Decode(value.EncodedValue, "time-stamp container") as Dictionary<string, object?>;
            if (container?.List("tstTokens").FirstOrDefault() is not Dictionary<string, object?> token || token.GetValueOrDefault("val") is not byte[] der)
                continue;
            // A v2 token that checks out over this signature gives the time; otherwise its genTime is read unchecked, as before
            // (some real tokens that c2pa-rs accepts do not pass this stricter check yet).
            return label.Equals(CoseTimeStamp.SigTst2)
                && TimeStampToken.Verify(der, CoseTimeStamp.CountersignedBytes(message.RawProtectedHeaders.Span, message.Signature.Span)) is { } time
                ? time
                : TimeStampToken.GenTime(der);
        }
        return null;
    }
}
