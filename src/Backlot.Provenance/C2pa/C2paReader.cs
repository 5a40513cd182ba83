using System.Formats.Asn1;
using System.Formats.Cbor;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Backlot.Provenance.C2pa.Cbor;
using Backlot.Provenance.C2pa.Containers;
using Backlot.Provenance.C2pa.Jumbf;
using Backlot.Provenance.C2pa.Validation;

namespace Backlot.Provenance.C2pa;

/// <summary>
/// Reads and validates the C2PA manifest store of a PNG or JPEG, ours or anyone's: claim signature (COSE, x5chain),
/// assertion hashes, the data-hash hard binding, and trust against given anchors. Only the active manifest is checked.
/// </summary>
public static class C2paReader
{
    /// <summary>Reads and validates <paramref name="file"/>.</summary>
    /// <param name="file">The whole file.</param>
    /// <param name="trustAnchors">Certificates to trust (roots or intermediates); without them a valid file is at most <see cref="C2paValidationState.Valid"/>.</param>
    /// <exception cref="ProvenanceException">The file is not a readable PNG or JPEG, or its manifest store cannot be parsed.</exception>
    public static C2paReadResult Read(ReadOnlyMemory<byte> file, IReadOnlyList<X509Certificate2>? trustAnchors = null)
    {
        try
        {
            var container = C2paContainer.For(file.Span);
            if (container.FindStore(file) is not { } store)
                return new C2paReadResult(C2paValidationState.None, [], null);
            if (store.Length > C2paContainer.MaxStoreBytes)
                throw new ProvenanceException($"C2PA: the manifest store is larger than {C2paContainer.MaxStoreBytes} bytes");
            return Validate(file, JumbfReader.ReadSuperbox(store), trustAnchors);
        }
        catch (Exception e) when (e is CborContentException or AsnContentException or CryptographicException or InvalidOperationException
            or ArgumentException or FormatException or OverflowException or IndexOutOfRangeException)
        {
            throw new ProvenanceException($"C2PA: the manifest store cannot be read ({e.Message})", e);
        }
    }

    private static C2paReadResult Validate(ReadOnlyMemory<byte> file, JumbfBox store, IReadOnlyList<X509Certificate2>? anchors)
    {
        if (store.UuidFourCc != JumbfTypes.ManifestStore)
            throw new ProvenanceException("C2PA: the JUMBF superbox is not a C2PA manifest store");
        var manifest = store.Children.LastOrDefault(c => c.IsSuperbox)
            ?? throw new ProvenanceException("C2PA: the manifest store holds no manifest");
        var failures = new List<C2paFailure>();
        var claimBox = manifest.Child(ManifestStoreWriter.ClaimLabel) ?? manifest.Child("c2pa.claim");
        var claimBytes = claimBox?.Content(JumbfTypes.Cbor)
            ?? throw new ProvenanceException($"C2PA: manifest {manifest.Label} has no claim");
        var claim = CborTree.DecodeMap(claimBytes, "claim");
        var claimAlg = claim.Text("alg") ?? "sha256";
        var summary = new C2paManifestSummary(manifest.Label ?? "", claimBox.Label == ManifestStoreWriter.ClaimLabel ? 2 : 1,
            SummaryReader.Generator(claim), claim.Text("dc:title"));

        var signatureBytes = manifest.Child(ManifestStoreWriter.SignatureLabel)?.Content(JumbfTypes.Cbor);
        if (signatureBytes is null)
        {
            failures.Add(new(C2paFailureCodes.SignatureMissing, "the manifest has no claim signature"));
        }
        else
        {
            var signer = SignatureCheck.Check(claimBytes.Span, signatureBytes.Value.ToArray(), anchors, failures);
            summary = summary with { SignerSubject = signer.Subject, SignerIssuer = signer.Issuer, Algorithm = signer.Algorithm, SigningTime = signer.Time };
        }

        var assertionStore = manifest.Child("c2pa.assertions");
        var assertions = assertionStore?.Children.Where(c => c.IsSuperbox).ToList() ?? [];
        AssertionCheck.HashedUris(claim, assertionStore, claimAlg, failures);
        var binding = assertions.FirstOrDefault(a => SummaryReader.BaseLabel(a.Label ?? "") == "c2pa.hash.data");
        AssertionCheck.DataHash(binding is null ? null : SummaryReader.Cbor(binding), file, claimAlg, failures);
        summary = SummaryReader.Fill(summary, assertions);

        var state = failures.All(f => C2paFailureCodes.LeavesValid(f.Code))
            ? failures.Count == 0 ? C2paValidationState.Trusted : C2paValidationState.Valid
            : C2paValidationState.Invalid;
        return new C2paReadResult(state, failures, summary);
    }
}
