using System.Formats.Cbor;
using Backlot.Provenance.C2pa.Assertions;
using Backlot.Provenance.C2pa.Jumbf;

namespace Backlot.Provenance.C2pa;

/// <summary>Lays out the JUMBF manifest store: <c>c2pa</c> ▸ one manifest ▸ assertions, claim v2, signature.</summary>
internal static class ManifestStoreWriter
{
    public const string ClaimLabel = "c2pa.claim.v2";
    public const string SignatureLabel = "c2pa.signature";

    /// <summary>A CBOR assertion's superbox payload (what its hashed URI hashes).</summary>
    public static byte[] AssertionPayload(string label, byte[] cbor) =>
        JumbfWriter.SuperboxPayload(JumbfTypes.CborContent, label, JumbfWriter.Box(JumbfTypes.Cbor, cbor));

    public static byte[] Claim(string instanceId, C2paManifestDefinition definition, IReadOnlyList<HashedUri> created)
    {
        var w = new CborWriter();
        w.WriteStartMap(6);
        w.WriteTextString("instanceID");
        w.WriteTextString(instanceId);
        w.WriteTextString("claim_generator_info");
        w.WriteStartMap(2);
        w.WriteTextString("name");
        w.WriteTextString(definition.GeneratorName);
        w.WriteTextString("version");
        w.WriteTextString(definition.GeneratorVersion);
        w.WriteEndMap();
        w.WriteTextString("signature");
        w.WriteTextString("self#jumbf=" + SignatureLabel);
        w.WriteTextString("created_assertions");
        w.WriteStartArray(created.Count);
        foreach (var uri in created)
            uri.Write(w);
        w.WriteEndArray();
        w.WriteTextString("dc:title");
        w.WriteTextString(definition.Title);
        w.WriteTextString("alg");
        w.WriteTextString("sha256");
        w.WriteEndMap();
        return w.Encode();
    }

    public static byte[] Store(string manifestLabel, IReadOnlyList<byte[]> assertionPayloads, byte[] claim, byte[] signature)
    {
        var assertions = new byte[assertionPayloads.Count][];
        for (var i = 0; i < assertions.Length; i++)
            assertions[i] = JumbfWriter.Superbox(assertionPayloads[i]);
        var manifest = JumbfWriter.Superbox(JumbfTypes.Manifest, manifestLabel,
            JumbfWriter.Superbox(JumbfTypes.AssertionStore, "c2pa.assertions", assertions),
            JumbfWriter.Superbox(JumbfTypes.Claim, ClaimLabel, JumbfWriter.Box(JumbfTypes.Cbor, claim)),
            JumbfWriter.Superbox(JumbfTypes.Signature, SignatureLabel, JumbfWriter.Box(JumbfTypes.Cbor, signature)));
        return JumbfWriter.Superbox(JumbfTypes.ManifestStore, "c2pa", manifest);
    }
}
