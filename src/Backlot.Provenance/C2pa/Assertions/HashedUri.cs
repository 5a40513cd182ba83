using System.Formats.Cbor;

namespace Backlot.Provenance.C2pa.Assertions;

/// <summary>A C2PA hashed URI: a JUMBF reference and the SHA-256 of the box it names.</summary>
internal sealed record HashedUri(string Url, byte[] Hash)
{
    public void Write(CborWriter writer)
    {
        writer.WriteStartMap(3);
        writer.WriteTextString("url");
        writer.WriteTextString(Url);
        writer.WriteTextString("alg");
        writer.WriteTextString("sha256");
        writer.WriteTextString("hash");
        writer.WriteByteString(Hash);
        writer.WriteEndMap();
    }

    public static string ForAssertion(string label) => "self#jumbf=c2pa.assertions/" + label;
}
