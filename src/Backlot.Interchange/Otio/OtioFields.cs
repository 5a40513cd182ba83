using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Backlot.Interchange.Otio;

/// <summary>Typed reads of an OTIO object's fields that fail with the JSON path of the field.</summary>
internal static class OtioFields
{
    public static string Member(string path, string key) =>
        IsPlainName(key) ? $"{path}.{key}" : $"{path}['{key.Replace("'", "\\'", StringComparison.Ordinal)}']";

    public static string Index(string path, int index) => $"{path}[{index.ToString(CultureInfo.InvariantCulture)}]";

    public static JsonObject Object(JsonNode? node, string path)
    {
        if (node is JsonObject obj)
            return obj;
        throw Wrong(node, path, "an object");
    }

    public static string? OptionalString(JsonObject obj, string key, string path)
    {
        var node = obj[key];
        if (node is null)
            return null;
        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.String)
            return value.GetValue<string>();
        throw Wrong(node, Member(path, key), "a string");
    }

    public static string RequiredString(JsonObject obj, string key, string path) =>
        OptionalString(obj, key, path) ?? throw Missing(obj, key, path, "a string");

    public static bool? OptionalBool(JsonObject obj, string key, string path)
    {
        var node = obj[key];
        if (node is null)
            return null;
        var kind = node.GetValueKind();
        if (kind is JsonValueKind.True or JsonValueKind.False)
            return kind == JsonValueKind.True;
        throw Wrong(node, Member(path, key), "true or false");
    }

    public static JsonArray? OptionalArray(JsonObject obj, string key, string path)
    {
        var node = obj[key];
        return node switch
        {
            null => null,
            JsonArray array => array,
            _ => throw Wrong(node, Member(path, key), "an array"),
        };
    }

    public static JsonObject? OptionalObject(JsonObject obj, string key, string path)
    {
        var node = obj[key];
        return node switch
        {
            null => null,
            JsonObject child => child,
            _ => throw Wrong(node, Member(path, key), "an object"),
        };
    }

    public static double RequiredNumber(JsonObject obj, string key, string path)
    {
        var node = obj[key] ?? throw Missing(obj, key, path, "a number");
        if (node is JsonValue value)
        {
            switch (value.GetValueKind())
            {
                case JsonValueKind.Number:
                    return value.GetValue<double>();
                case JsonValueKind.String when OtioNonFinite.IsMarked(value.GetValue<string>()):
                    return OtioNonFinite.ToDouble(OtioNonFinite.Unmark(value.GetValue<string>()));
            }
        }

        throw Wrong(node, Member(path, key), "a number");
    }

    public static long? OptionalInteger(JsonObject obj, string key, string path)
    {
        var node = obj[key];
        if (node is null)
            return null;
        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.Number)
        {
            var number = value.GetValue<double>();
            if (number == Math.Floor(number) && Math.Abs(number) < 1e15)
                return (long)number;
        }

        throw Wrong(node, Member(path, key), "an integer");
    }

    /// <summary>The schema's name and version from "Name.N".</summary>
    public static (string Name, int Version) Schema(JsonObject obj, string path)
    {
        var schema = RequiredString(obj, "OTIO_SCHEMA", path);
        var dot = schema.LastIndexOf('.');
        if (dot <= 0 || !int.TryParse(schema.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            throw InterchangeFormatException.AtPath(Member(path, "OTIO_SCHEMA"), $"'{schema}' is not a schema of the form Name.N");
        return (schema[..dot], version);
    }

    public static InterchangeFormatException Wrong(JsonNode? node, string path, string expected) =>
        InterchangeFormatException.AtPath(path, $"expected {expected}, found {Describe(node)}");

    private static InterchangeFormatException Missing(JsonObject obj, string key, string path, string expected) =>
        obj.ContainsKey(key)
            ? Wrong(null, Member(path, key), expected)
            : InterchangeFormatException.AtPath(Member(path, key), $"required field is missing (expected {expected})");

    private static string Describe(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "an object",
        JsonArray => "an array",
        JsonValue value when value.GetValueKind() == JsonValueKind.String && OtioNonFinite.IsMarked(value.GetValue<string>()) =>
            OtioNonFinite.Unmark(value.GetValue<string>()),
        _ => node.GetValueKind() switch
        {
            JsonValueKind.String => "a string",
            JsonValueKind.Number => $"the number {node.ToJsonString()}",
            JsonValueKind.True or JsonValueKind.False => "a boolean",
            _ => node.GetValueKind().ToString(),
        },
    };

    private static bool IsPlainName(string key)
    {
        if (key.Length == 0 || char.IsAsciiDigit(key[0]))
            return false;
        foreach (var c in key)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
                return false;
        }

        return true;
    }
}
