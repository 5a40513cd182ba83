using System.Formats.Cbor;
using System.Globalization;

namespace Backlot.Provenance.C2pa.Cbor;

/// <summary>
/// Decodes CBOR into plain values (string, long, double, bool, null, byte[], List, Dictionary keyed by text),
/// with caps on depth and item count so hostile input cannot exhaust the stack or memory.
/// </summary>
internal static class CborTree
{
    private const int MaxDepth = 64;
    private const int MaxItems = 200_000;

    public static object? Decode(ReadOnlyMemory<byte> data, string what)
    {
        try
        {
            var reader = new CborReader(data, CborConformanceMode.Lax, allowMultipleRootLevelValues: false);
            var items = 0;
            var value = Read(reader, 0, ref items);
            if (reader.BytesRemaining != 0)
                throw new ProvenanceException($"C2PA {what}: {reader.BytesRemaining} bytes follow the CBOR value");
            return value;
        }
        catch (Exception e) when (e is CborContentException or InvalidOperationException or FormatException or OverflowException or ArgumentException)
        {
            throw new ProvenanceException($"C2PA {what}: invalid CBOR ({e.Message})", e);
        }
    }

    public static Dictionary<string, object?> DecodeMap(ReadOnlyMemory<byte> data, string what) =>
        Decode(data, what) as Dictionary<string, object?> ?? throw new ProvenanceException($"C2PA {what}: the CBOR value is not a map");

    private static object? Read(CborReader reader, int depth, ref int items)
    {
        if (depth > MaxDepth || ++items > MaxItems)
            throw new ProvenanceException("C2PA: CBOR nests too deep or holds too many items");
        switch (reader.PeekState())
        {
            case CborReaderState.UnsignedInteger:
                var unsigned = reader.ReadUInt64();
                return unsigned <= long.MaxValue ? (object)(long)unsigned : (double)unsigned;
            case CborReaderState.NegativeInteger:
                var magnitude = reader.ReadCborNegativeIntegerRepresentation();
                return magnitude < long.MaxValue ? (object)(-1 - (long)magnitude) : -1 - (double)magnitude;
            case CborReaderState.TextString:
                return reader.ReadTextString();
            case CborReaderState.ByteString:
                return reader.ReadByteString();
            case CborReaderState.StartArray:
                var length = reader.ReadStartArray();
                var list = new List<object?>(Math.Min(length ?? 0, 1024));
                while (reader.PeekState() != CborReaderState.EndArray)
                    list.Add(Read(reader, depth + 1, ref items));
                reader.ReadEndArray();
                return list;
            case CborReaderState.StartMap:
                reader.ReadStartMap();
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                while (reader.PeekState() != CborReaderState.EndMap)
                {
                    var key = Read(reader, depth + 1, ref items);
                    map[Convert.ToString(key, CultureInfo.InvariantCulture) ?? ""] = Read(reader, depth + 1, ref items);
                }
                reader.ReadEndMap();
                return map;
            case CborReaderState.Tag:
                reader.ReadTag();
                return Read(reader, depth + 1, ref items);
            case CborReaderState.Boolean:
                return reader.ReadBoolean();
            case CborReaderState.Null:
                reader.ReadNull();
                return null;
            case CborReaderState.SimpleValue:
                reader.ReadSimpleValue();
                return null;
            case CborReaderState.HalfPrecisionFloat:
            case CborReaderState.SinglePrecisionFloat:
            case CborReaderState.DoublePrecisionFloat:
                return reader.ReadDouble();
            default:
                throw new ProvenanceException($"C2PA: unexpected CBOR item {reader.PeekState()}");
        }
    }

    public static string? Text(this Dictionary<string, object?> map, string key) => map.GetValueOrDefault(key) as string;

    public static Dictionary<string, object?>? Map(this Dictionary<string, object?> map, string key) =>
        map.GetValueOrDefault(key) as Dictionary<string, object?>;

    public static List<object?> List(this Dictionary<string, object?> map, string key) =>
        map.GetValueOrDefault(key) as List<object?> ?? [];
}
