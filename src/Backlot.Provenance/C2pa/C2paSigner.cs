using System.Security.Cryptography;
using Backlot.Provenance.C2pa.Assertions;
using Backlot.Provenance.C2pa.Containers;
using Backlot.Provenance.Signing;

namespace Backlot.Provenance.C2pa;

/// <summary>Signs PNG and JPEG images with a C2PA 2.x manifest (claim v2, COSE ES256) and embeds it, replacing any earlier one.</summary>
public static class C2paSigner
{
    // The exclusion length is first written as the widest CBOR integer (5 bytes) and padded back to that size once known.
    private const uint PlaceholderLength = uint.MaxValue;
    private const int WidestLengthEncoding = 5;

    /// <summary>The signed file: <paramref name="image"/> with the manifest store embedded and bound to every other byte.</summary>
    /// <exception cref="ProvenanceException">The image is not a readable PNG or JPEG, or the definition is inconsistent.</exception>
    public static byte[] Sign(byte[] image, C2paManifestDefinition definition, C2paSigningCredential credential)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(credential);
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
        var placeholderSignature = CoseClaimSigner.Sign(placeholderClaim, credential);
        var storeLength = ManifestStoreWriter.Store(manifestLabel, [.. payloads, placeholder], placeholderClaim, placeholderSignature).Length;
        var wrappedLength = container.WrappedLength(storeLength);

        // The exclusion is exactly the wrapped store, so the data hash is the hash of the file without it.
        var dataHash = SHA256.HashData(baseFile);
        var padLength = WidestLengthEncoding - CborIntegerLength((uint)wrappedLength);
        var hashCbor = AssertionCbor.DataHash(insertAt, wrappedLength, dataHash, padLength);
        Add(AssertionCbor.DataHashLabel, hashCbor);
        var claim = ManifestStoreWriter.Claim(instanceId, definition, created);
        var signature = CoseClaimSigner.Sign(claim, credential);
        var store = ManifestStoreWriter.Store(manifestLabel, payloads, claim, signature);
        if (store.Length != storeLength)
            throw new ProvenanceException($"C2PA signing: the manifest store came out {store.Length} bytes, {storeLength} were reserved");

        var signed = new byte[baseFile.Length + wrappedLength];
        baseFile.AsSpan(0, insertAt).CopyTo(signed);
        container.Wrap(store, signed.AsSpan(insertAt, wrappedLength));
        baseFile.AsSpan(insertAt).CopyTo(signed.AsSpan(insertAt + wrappedLength));
        return signed;

        HashedUri Add(string label, byte[] cbor)
        {
            var payload = ManifestStoreWriter.AssertionPayload(label, cbor);
            payloads.Add(payload);
            var uri = new HashedUri(HashedUri.ForAssertion(label), SHA256.HashData(payload));
            created.Add(uri);
            return uri;
        }
    }

    private static int CborIntegerLength(uint value) => value switch
    {
        < 24 => 1,
        <= byte.MaxValue => 2,
        <= ushort.MaxValue => 3,
        _ => 5,
    };
}
