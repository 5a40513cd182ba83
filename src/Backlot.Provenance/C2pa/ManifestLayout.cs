using System.Security.Cryptography;
using Backlot.Provenance.C2pa.Assertions;
using Backlot.Provenance.C2pa.Containers;
using Backlot.Provenance.Signing;

namespace Backlot.Provenance.C2pa;

/// <summary>
/// A manifest laid out in a file before its claim is signed: the assertions, the claim with its hard binding, and the exact
/// size the signature box must have (the data hash excludes the whole store, so the store's size is fixed first).
/// </summary>
internal sealed class ManifestLayout
{
    // The exclusion length is first written as the widest CBOR integer (5 bytes) and padded back to that size once known.
    private const uint PlaceholderLength = uint.MaxValue;
    private const int WidestLengthEncoding = 5;

    private readonly C2paContainer container;
    private readonly byte[] baseFile;
    private readonly int insertAt;
    private readonly string manifestLabel;
    private readonly List<byte[]> payloads;
    private readonly int storeLength;
    private readonly int wrappedLength;

    private ManifestLayout(C2paContainer container, byte[] baseFile, int insertAt, string manifestLabel, List<byte[]> payloads,
        byte[] claim, int signatureLength, int storeLength, int wrappedLength)
    {
        this.container = container;
        this.baseFile = baseFile;
        this.insertAt = insertAt;
        this.manifestLabel = manifestLabel;
        this.payloads = payloads;
        Claim = claim;
        SignatureLength = signatureLength;
        this.storeLength = storeLength;
        this.wrappedLength = wrappedLength;
    }

    /// <summary>The claim to sign.</summary>
    public byte[] Claim { get; }

    /// <summary>The exact size of the COSE_Sign1 the store has room for.</summary>
    public int SignatureLength { get; }

    /// <param name="signatureReserve">Bytes reserved in the signature box beyond the bare signature (for a time-stamp).</param>
    public static ManifestLayout Prepare(byte[] image, C2paManifestDefinition definition, C2paSigningCredential credential, int signatureReserve)
    {
        if (definition.Actions.Count == 0 || definition.Actions[0].Action is not (C2paActionNames.Created or C2paActionNames.Opened))
            throw new ProvenanceException("C2PA manifest: the first action must be c2pa.created or c2pa.opened");
        if (definition.Actions.FirstOrDefault(a => a.Action is C2paActionNames.Opened or C2paActionNames.Placed && a.Ingredients is not { Count: > 0 }) is { } bare)
            throw new ProvenanceException($"C2PA manifest: action '{bare.Action}' must name the ingredient it opened or placed");

        var container = C2paContainer.For(image);
        var (baseFile, insertAt) = container.RemoveStore(image);
        var manifestLabel = "urn:c2pa:" + Guid.NewGuid().ToString("D");
        var instanceId = "xmp:iid:" + Guid.NewGuid().ToString("D");

        var payloads = new List<byte[]>();
        var created = new List<HashedUri>();
        var ingredientUris = new List<HashedUri>();
        for (var i = 0; i < definition.Ingredients.Count; i++)
        {
            var label = i == 0 ? AssertionCbor.IngredientLabel : $"{AssertionCbor.IngredientLabel}__{i}";
            ingredientUris.Add(Add(label, AssertionCbor.Ingredient(definition.Ingredients[i])));
        }
        Add(AssertionCbor.ActionsLabel, AssertionCbor.Actions(definition.Actions, ingredientUris));
        if (definition.ForbidTrainingAndMining)
            Add(AssertionCbor.TrainingMiningLabel, AssertionCbor.TrainingMining());
        if (definition.Take is { } take)
            Add(BacklotTake.Label, AssertionCbor.Take(take));

        // First pass: placeholder hard binding, to learn the store's exact size.
        var placeholder = ManifestStoreWriter.AssertionPayload(AssertionCbor.DataHashLabel,
            AssertionCbor.DataHash(insertAt, PlaceholderLength, new byte[32], 0));
        var placeholderClaim = ManifestStoreWriter.Claim(instanceId, definition, [.. created, new HashedUri(HashedUri.ForAssertion(AssertionCbor.DataHashLabel), new byte[32])]);
        var signatureLength = CoseClaimSigner.Sign(placeholderClaim, credential).Length + signatureReserve;
        var storeLength = ManifestStoreWriter.Store(manifestLabel, [.. payloads, placeholder], placeholderClaim, new byte[signatureLength]).Length;
        var wrappedLength = container.WrappedLength(storeLength);

        // The exclusion is exactly the wrapped store, so the data hash is the hash of the file without it.
        var dataHash = SHA256.HashData(baseFile);
        var padLength = WidestLengthEncoding - CborIntegerLength((uint)wrappedLength);
        Add(AssertionCbor.DataHashLabel, AssertionCbor.DataHash(insertAt, wrappedLength, dataHash, padLength));
        var claim = ManifestStoreWriter.Claim(instanceId, definition, created);
        return new ManifestLayout(container, baseFile, insertAt, manifestLabel, payloads, claim, signatureLength, storeLength, wrappedLength);

        HashedUri Add(string label, byte[] cbor)
        {
            var payload = ManifestStoreWriter.AssertionPayload(label, cbor);
            payloads.Add(payload);
            var uri = new HashedUri(HashedUri.ForAssertion(label), SHA256.HashData(payload));
            created.Add(uri);
            return uri;
        }
    }

    /// <summary>The signed file: the store with <paramref name="signature"/> (exactly <see cref="SignatureLength"/> bytes) embedded.</summary>
    public byte[] Embed(byte[] signature)
    {
        if (signature.Length != SignatureLength)
            throw new ProvenanceException($"C2PA signing: the signature came out {signature.Length} bytes, {SignatureLength} were reserved");
        var store = ManifestStoreWriter.Store(manifestLabel, payloads, Claim, signature);
        if (store.Length != storeLength)
            throw new ProvenanceException($"C2PA signing: the manifest store came out {store.Length} bytes, {storeLength} were reserved");

        var signed = new byte[baseFile.Length + wrappedLength];
        baseFile.AsSpan(0, insertAt).CopyTo(signed);
        container.Wrap(store, signed.AsSpan(insertAt, wrappedLength));
        baseFile.AsSpan(insertAt).CopyTo(signed.AsSpan(insertAt + wrappedLength));
        return signed;
    }

    private static int CborIntegerLength(uint value) => value switch
    {
        < 24 => 1,
        <= byte.MaxValue => 2,
        <= ushort.MaxValue => 3,
        _ => 5,
    };
}
