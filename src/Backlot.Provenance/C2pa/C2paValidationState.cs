namespace Backlot.Provenance.C2pa;

/// <summary>The verdict on a file's content credentials, as c2pa-rs names it.</summary>
public enum C2paValidationState
{
    /// <summary>The file carries no manifest store.</summary>
    None,

    /// <summary>A manifest is present but a check failed (signature, assertion hash, data hash...).</summary>
    Invalid,

    /// <summary>Every check passed; the signer is not (or not known to be) on the trust list.</summary>
    Valid,

    /// <summary>Valid, and the signer's chain ends at one of the given trust anchors.</summary>
    Trusted,
}

/// <summary>One failed check: a c2pa-rs status code and what it means here.</summary>
/// <param name="Code">The code, e.g. <c>assertion.dataHash.mismatch</c>.</param>
/// <param name="Explanation">What failed, in words.</param>
public sealed record C2paFailure(string Code, string Explanation);

/// <summary>The failure codes the reader reports (the C2PA specification's validation status codes).</summary>
public static class C2paFailureCodes
{
    public const string ClaimMissing = "claim.missing";
    public const string ClaimMalformed = "claim.malformed";
    public const string SignatureMissing = "claimSignature.missing";
    public const string SignatureMismatch = "claimSignature.mismatch";
    public const string AlgorithmUnsupported = "algorithm.unsupported";
    public const string CredentialInvalid = "signingCredential.invalid";
    public const string CredentialExpired = "signingCredential.expired";
    public const string CredentialUntrusted = "signingCredential.untrusted";
    public const string HashedUriMismatch = "assertion.hashedURI.mismatch";
    public const string AssertionMissing = "assertion.missing";
    public const string DataHashMismatch = "assertion.dataHash.mismatch";
    public const string DataHashMalformed = "assertion.dataHash.malformed";
    public const string HardBindingMissing = "claim.hardBindings.missing";

    /// <summary>Codes that do not make a manifest invalid on their own.</summary>
    internal static bool LeavesValid(string code) => code == CredentialUntrusted;
}
