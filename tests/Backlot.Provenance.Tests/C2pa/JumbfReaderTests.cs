using System.Buffers.Binary;
using Backlot.Provenance.C2pa.Jumbf;

namespace Backlot.Provenance.Tests.C2pa;

/// <summary>Hostile JUMBF: every bad length or shape becomes a ProvenanceException that says where.</summary>
public sealed class JumbfReaderTests
{
    [Fact]
    public void Written_superbox_reads_back_with_label_uuid_and_content()
    {
        var box = JumbfWriter.Superbox(JumbfTypes.ManifestStore, "c2pa",
            JumbfWriter.Superbox(JumbfTypes.CborContent, "c2pa.actions.v2", JumbfWriter.Box(JumbfTypes.Cbor, [0xA0])));

        var store = JumbfReader.ReadSuperbox(box);

        Assert.Equal("c2pa", store.Label);
        Assert.Equal(JumbfTypes.ManifestStore, store.UuidFourCc);
        Assert.Equal([0xA0], store.Child("c2pa.actions.v2")?.Content(JumbfTypes.Cbor)?.ToArray());
    }

    [Fact]
    public void Box_claiming_more_bytes_than_are_left_is_refused()
    {
        var box = JumbfWriter.Superbox(JumbfTypes.ManifestStore, "c2pa");
        BinaryPrimitives.WriteUInt32BigEndian(box, uint.MaxValue);

        var error = Assert.Throws<ProvenanceException>(() => JumbfReader.ReadSuperbox(box));

        Assert.Contains("claims", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Huge_extended_length_is_refused()
    {
        byte[] box = [0, 0, 0, 1, .. "jumb"u8, 0x7F, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0];

        Assert.Throws<ProvenanceException>(() => JumbfReader.ReadSuperbox(box));
    }

    [Fact]
    public void Truncated_header_is_refused()
    {
        Assert.Throws<ProvenanceException>(() => JumbfReader.ReadSuperbox(new byte[] { 0, 0, 0, 9, (byte)'j' }));
    }

    [Fact]
    public void Nesting_past_the_cap_is_refused()
    {
        var box = JumbfWriter.Superbox(JumbfTypes.ManifestStore, "leaf");
        for (var depth = 0; depth < 40; depth++)
            box = JumbfWriter.Superbox(JumbfTypes.ManifestStore, "level", box);

        var error = Assert.Throws<ProvenanceException>(() => JumbfReader.ReadSuperbox(box));

        Assert.Contains("deeper", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unterminated_label_is_refused()
    {
        var box = JumbfWriter.Superbox(JumbfTypes.ManifestStore, "c2pa");
        box[^1] = (byte)'x';

        Assert.Throws<ProvenanceException>(() => JumbfReader.ReadSuperbox(box));
    }
}
