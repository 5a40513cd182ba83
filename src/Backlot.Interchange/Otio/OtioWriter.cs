using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Backlot.Interchange.Otio;

/// <summary>Writes an <see cref="OtioTimeline"/> as OTIO JSON, indented by four spaces as OTIO does.</summary>
public static class OtioWriter
{
    // Not HTML: names in any script are written as they are, not as \u escapes.
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 4,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    /// <summary>The timeline's JSON: everything read is written back, numbers with the digits they had.</summary>
    public static string Write(OtioTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            // Only a file that had NaN/Inf can hold marked strings: everything else is written in one call.
            if (timeline.HasNonFiniteNumbers)
                WriteNode(writer, timeline.Json);
            else
                timeline.Json.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteNode(Utf8JsonWriter writer, JsonNode? node)
    {
        switch (node)
        {
            case null:
                writer.WriteNullValue();
                break;
            case JsonObject obj:
                writer.WriteStartObject();
                foreach (var (key, child) in obj)
                {
                    writer.WritePropertyName(key);
                    WriteNode(writer, child);
                }

                writer.WriteEndObject();
                break;
            case JsonArray array:
                writer.WriteStartArray();
                foreach (var child in array)
                    WriteNode(writer, child);
                writer.WriteEndArray();
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String
                && value.TryGetValue<string>(out var text) && OtioNonFinite.IsMarked(text):
                writer.WriteRawValue(OtioNonFinite.Unmark(text), skipInputValidation: true);
                break;
            default:
                node.WriteTo(writer);
                break;
        }
    }
}
