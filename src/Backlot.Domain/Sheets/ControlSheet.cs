using System.Collections.Immutable;
using System.Text.Json;

namespace Backlot.Domain.Sheets;

/// <summary>
/// The knobs set on one level (production, scene, shot or take). Immutable: every change gives a new sheet.
/// JSON form: <c>{"lens":{"value":85,"locked":true},"size":{"value":"MCU"}}</c>.
/// </summary>
public sealed class ControlSheet : IEquatable<ControlSheet>
{
    private ControlSheet(ImmutableSortedDictionary<string, KnobSetting> knobs) => Knobs = knobs;

    public static ControlSheet Empty { get; } = new(ImmutableSortedDictionary.Create<string, KnobSetting>(StringComparer.Ordinal));

    public ImmutableSortedDictionary<string, KnobSetting> Knobs { get; }

    public bool IsEmpty => Knobs.IsEmpty;

    public ControlSheet Set(string name, KnobValue value, bool locked = false)
    {
        ValidateName(name);
        ArgumentNullException.ThrowIfNull(value);
        return new(Knobs.SetItem(name, new KnobSetting(value, locked)));
    }

    public ControlSheet Set(string name, double value, bool locked = false) => Set(name, KnobValue.Of(value), locked);

    public ControlSheet Set(string name, string value, bool locked = false) => Set(name, KnobValue.Of(value), locked);

    public ControlSheet Remove(string name) => new(Knobs.Remove(name));

    public ControlSheet Lock(string name, bool locked = true) =>
        Knobs.TryGetValue(name, out var s)
            ? new(Knobs.SetItem(name, s with { Locked = locked }))
            : throw new KeyNotFoundException($"knob '{name}' is not set on this sheet, so it cannot be locked");

    public KnobValue? Get(string name) => Knobs.TryGetValue(name, out var s) ? s.Value : null;

    public static void ValidateName(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 64 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'))
            throw new ArgumentException($"'{name}' is not a knob name (letters, digits, '.', '_' or '-', at most 64)", nameof(name));
    }

    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            foreach (var (name, setting) in Knobs)
            {
                writer.WritePropertyName(name);
                writer.WriteStartObject();
                writer.WritePropertyName("value");
                setting.Value.WriteTo(writer);
                if (setting.Locked)
                    writer.WriteBoolean("locked", true);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public static ControlSheet FromJson(string json)
    {
        if (string.IsNullOrWhiteSpace(json))
            return Empty;
        using var doc = JsonDocument.Parse(json);
        if (doc.RootElement.ValueKind != JsonValueKind.Object)
            throw new JsonException("a control sheet must be a JSON object of knobs");
        var builder = ImmutableSortedDictionary.CreateBuilder<string, KnobSetting>(StringComparer.Ordinal);
        foreach (var knob in doc.RootElement.EnumerateObject())
        {
            ValidateName(knob.Name);
            if (knob.Value.ValueKind != JsonValueKind.Object || !knob.Value.TryGetProperty("value", out var v))
                throw new JsonException($"knob '{knob.Name}' must be an object with a \"value\"");
            var value = v.ValueKind switch
            {
                JsonValueKind.Number => KnobValue.Of(v.GetDouble()),
                JsonValueKind.String => KnobValue.Of(v.GetString()!),
                JsonValueKind.True => KnobValue.Of(true),
                JsonValueKind.False => KnobValue.Of(false),
                _ => throw new JsonException($"knob '{knob.Name}': a value must be a number, a string or a boolean"),
            };
            var locked = knob.Value.TryGetProperty("locked", out var l) && l.ValueKind == JsonValueKind.True;
            builder[knob.Name] = new KnobSetting(value, locked);
        }

        return new(builder.ToImmutable());
    }

    public bool Equals(ControlSheet? other) =>
        other is not null && Knobs.Count == other.Knobs.Count &&
        Knobs.All(kv => other.Knobs.TryGetValue(kv.Key, out var o) && o == kv.Value);

    public override bool Equals(object? obj) => Equals(obj as ControlSheet);

    public override int GetHashCode() => ToJson().GetHashCode(StringComparison.Ordinal);

    public override string ToString() => ToJson();
}
