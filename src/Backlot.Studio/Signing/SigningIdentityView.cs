namespace Backlot.Studio.Signing;

/// <summary>
/// A production's signing identity as people and verifiers need it: who signs, the certificates' fingerprints and the
/// root certificate to pass to a verifier as trust anchor. Never the private key.
/// </summary>
public sealed record SigningIdentityView(
    Guid ProductionId,
    string Production,
    string Subject,
    string Issuer,
    string CertificateSha256,
    string RootSubject,
    string RootSha256,
    string KeyId,
    DateTimeOffset NotBefore,
    DateTimeOffset NotAfter,
    string ChainPem,
    string RootPem);
