using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Backlot.Domain.Sheets;

public enum KnobValueKind
{
    Number,
    Text,
    Boolean,
}

/// <summary>
/// A knob's value: a number, a text or a flag. Which of them a knob takes, and its range,
/// is declared by the engine's parameter; the value itself is a plain JSON scalar.
/// </summary>
[JsonConverter(typeof(KnobValueJsonConverter))]
public sealed record KnobValue
{
    private KnobValue(KnobValueKind kind, double number, string? text, bool flag)
    {
        Kind = kind;
        Number = number;
        Text = text;
        Flag = flag;
    }

    public KnobValueKind Kind { get; }

    public double Number { get; }

    public string? Text { get; }

    public bool Flag { get; }

    public static KnobValue Of(double number) =>
        double.IsFinite(number)
            ? new(KnobValueKind.Number, number == 0 ? 0 : number, null, false) // -0 and 0 are one value
            : throw new ArgumentOutOfRangeException(nameof(number), "a knob value must be a finite number");

    public static KnobValue Of(string text) => new(KnobValueKind.Text, 0, text ?? throw new ArgumentNullException(nameof(text)), false);

    public static KnobValue Of(bool flag) => new(KnobValueKind.Boolean, 0, null, flag);

    /// <summary>Invariant text form: "85", "1.2", "MCU", "true".</summary>
    public override string ToString() => Kind switch
    {
        KnobValueKind.Number => Number.ToString("R", CultureInfo.InvariantCulture),
        KnobValueKind.Boolean => Flag ? "true" : "false",
        _ => Text!,
    };

    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (Kind)
        {
            case KnobValueKind.Number:
                writer.WriteNumberValue(Number);
                break;
            case KnobValueKind.Boolean:
                writer.WriteBooleanValue(Flag);
                break;
            default:
                writer.WriteStringValue(Text);
                break;
        }
    }

    public static KnobValue ReadFrom(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Number => Of(reader.GetDouble()),
        JsonTokenType.String => Of(reader.GetString()!),
        JsonTokenType.True => Of(true),
        JsonTokenType.False => Of(false),
        _ => throw new JsonException($"a knob value must be a number, a string or a boolean, not {reader.TokenType}"),
    };
}

internal sealed class KnobValueJsonConverter : JsonConverter<KnobValue>
{
    public override KnobValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        KnobValue.ReadFrom(ref reader);

    public override void Write(Utf8JsonWriter writer, KnobValue value, JsonSerializerOptions options) =>
        value.WriteTo(writer);
}
