using System.Formats.Cbor;
using System.Globalization;

namespace Backlot.Provenance.Audit;

/// <summary>
/// The bytes that are hashed and signed: canonical CBOR (RFC 8949 §4.2), one array per entry or checkpoint,
/// fields in a fixed order after a type name and a version. Changing any field changes the bytes.
/// </summary>
public static class AuditCanonicalForm
{
    public const int Version = 1;
    private const string EntryType = "backlot.audit.entry";
    private const string CheckpointType = "backlot.audit.checkpoint";

    public static byte[] Entry(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var w = new CborWriter(CborConformanceMode.Canonical);
        w.WriteStartArray(11);
        w.WriteTextString(EntryType);
        w.WriteInt32(Version);
        w.WriteTextString(Id(entry.ProductionId));
        w.WriteInt64(entry.Sequence);
        w.WriteInt64(entry.Time.UtcTicks);
        w.WriteTextString(entry.Actor);
        w.WriteTextString(entry.Action);
        TextArray(w, entry.SubjectIds);
        TextArray(w, entry.AssetSha256s);
        OptionalText(w, entry.EngineId);
        OptionalText(w, entry.Details);
        w.WriteEndArray();
        return w.Encode();
    }

    public static byte[] Checkpoint(Guid productionId, long sequence, ReadOnlySpan<byte> headHash, DateTimeOffset time, string keyId)
    {
        var w = new CborWriter(CborConformanceMode.Canonical);
        w.WriteStartArray(7);
        w.WriteTextString(CheckpointType);
        w.WriteInt32(Version);
        w.WriteTextString(Id(productionId));
        w.WriteInt64(sequence);
        w.WriteByteString(headHash);
        w.WriteInt64(time.UtcTicks);
        w.WriteTextString(keyId);
        w.WriteEndArray();
        return w.Encode();
    }

    private static string Id(Guid id) => id.ToString("D", CultureInfo.InvariantCulture);

    private static void TextArray(CborWriter w, IReadOnlyList<string> values)
    {
        w.WriteStartArray(values.Count);
        foreach (var v in values)
            w.WriteTextString(v);
        w.WriteEndArray();
    }

    private static void OptionalText(CborWriter w, string? value)
    {
        if (value is null)
            w.WriteNull();
        else
            w.WriteTextString(value);
    }
}
