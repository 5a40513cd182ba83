using System.Buffers.Binary;

namespace Backlot.Provenance.C2pa.Jumbf;

/// <summary>The JUMBF (ISO 19566-5) box types and C2PA description-box UUIDs the manifest store uses.</summary>
internal static class JumbfTypes
{
    public const uint Superbox = 0x6A756D62;      // "jumb"
    public const uint Description = 0x6A756D64;   // "jumd"
    public const uint Cbor = 0x63626F72;          // "cbor"
    public const uint Json = 0x6A736F6E;          // "json"

    // C2PA UUIDs are the four-character code followed by the ISO base suffix 0011-0010-8000-00AA00389B71.
    public const uint ManifestStore = 0x63327061;  // "c2pa"
    public const uint Manifest = 0x63326D61;       // "c2ma"
    public const uint AssertionStore = 0x63326173; // "c2as"
    public const uint Claim = 0x6332636C;          // "c2cl"
    public const uint Signature = 0x63326373;      // "c2cs"
    public const uint CborContent = 0x63626F72;    // "cbor"
    public const uint JsonContent = 0x6A736F6E;    // "json"

    private static ReadOnlySpan<byte> UuidSuffix => [0x00, 0x11, 0x00, 0x10, 0x80, 0x00, 0x00, 0xAA, 0x00, 0x38, 0x9B, 0x71];

    public static void WriteUuid(uint fourCc, Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt32BigEndian(destination, fourCc);
        UuidSuffix.CopyTo(destination[4..]);
    }

    /// <summary>The four-character code of a C2PA UUID, or 0 when the UUID is not one of the ISO-suffixed kind.</summary>
    public static uint FourCcOf(ReadOnlySpan<byte> uuid) =>
        uuid.Length == 16 && uuid[4..].SequenceEqual(UuidSuffix) ? BinaryPrimitives.ReadUInt32BigEndian(uuid) : 0;
}
